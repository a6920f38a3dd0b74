"""Keys for local use, generated once and kept in the git-ignored ``var/``."""

import secrets
from pathlib import Path

from django.core.management.utils import get_random_secret_key

from cryptography.fernet import Fernet


def _local_key(path: Path, make) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make())
        path.chmod(0o600)
    return path.read_text().strip()


def local_secret_key(var_dir: Path) -> str:
    return _local_key(var_dir / "secret_key", get_random_secret_key)


def local_field_encryption_key(var_dir: Path) -> str:
    """The key for personal data in the local database."""
    return _local_key(
        var_dir / "field_encryption_key", lambda: Fernet.generate_key().decode()
    )


def local_blind_index_key(var_dir: Path) -> str:
    """The key of the blind index in the local database."""
    return _local_key(var_dir / "blind_index_key", lambda: secrets.token_urlsafe(32))
