"""Development: SQLite in ``var/``, e-mails on the console, debug on unless told off."""

from .base import *  # noqa: F403
from .base import VAR_DIR, env
from .local_secret import (
    local_blind_index_key,
    local_field_encryption_key,
    local_secret_key,
)

PORTAL_ENVIRONMENT = "development"

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="") or local_secret_key(VAR_DIR)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[]) or [
    local_field_encryption_key(VAR_DIR)
]
BLIND_INDEX_KEYS = env.list("BLIND_INDEX_KEYS", default=[]) or [
    local_blind_index_key(VAR_DIR)
]
