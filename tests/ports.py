"""Loopback ports for the servers the tests start themselves."""

import socket


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on at this moment.

    The port is released before it is returned, so another process could take it
    first; the servers the tests start fail loudly if that ever happens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
