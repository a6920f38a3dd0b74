"""Log filters named in ``LOGGING``."""

import logging


class WithoutNotFound(logging.Filter):
    """Drops Django's "Not Found: /path" warning. Every scanner and mistyped
    address would write one; a 404 is an answer, not a fault, and the path can
    say something about the visitor. Other 4xx and 5xx warnings stay."""

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "status_code", None) != 404
