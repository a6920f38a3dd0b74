"""Sessions that survive a database outage: Django's cached_db sessions, with
the cache as the keeper while the database cannot be written.

Django's ``cached_db`` writes the database first and the cache after it. When the
database refuses the write (stopped, failing over, read-only, a full disk), the
session middleware turns the failure into a 400 "bad request" page, and the
answers of that request are lost. Here the session is then kept in the cache
only, marked as not yet in the database; the next request that can write the
database stores it there. So a person in the middle of the wizard, or sending
it, gets the wizard's own "not sent yet, your answers are kept" page instead.

A session deleted on purpose stays deleted: Django raises the same error for
"the row was deleted meanwhile" (a logout in another tab) as for an outage, so
the two are told apart by the database error underneath.
"""

import logging

from django.contrib.sessions.backends import cached_db
from django.contrib.sessions.backends.base import UpdateError
from django.db import DatabaseError, router, transaction

logger = logging.getLogger(__name__)

# In the session's data while the database has no copy of it.
NOT_IN_DATABASE = "_not_in_database"


def _is_outage(error: Exception) -> bool:
    """An UpdateError from an unreachable database, not from a missing row
    (Django's "Forced update did not affect any rows" is a bare DatabaseError;
    an outage is one of its subclasses: OperationalError, InterfaceError...)."""
    cause = error.__context__ if isinstance(error, UpdateError) else error
    return isinstance(cause, DatabaseError) and type(cause) is not DatabaseError


class SessionStore(cached_db.SessionStore):
    def exists(self, session_key):
        try:
            return super().exists(session_key)
        except DatabaseError:
            # Only asked for a new random key of 32 characters: a clash with an
            # existing one is out of reach, so go on as "not taken".
            return False

    def save(self, must_create=False):
        if self.session_key is None:
            return self.create()
        data = self._get_session(no_load=must_create)
        try:
            if data.pop(NOT_IN_DATABASE, False):
                self._write_to_database(data)
            elif must_create:
                super(cached_db.SessionStore, self).save(must_create)
            else:
                self._update_row(data)
        except (UpdateError, DatabaseError) as error:
            if not _is_outage(error):
                raise
            data[NOT_IN_DATABASE] = True
            logger.warning("Database unavailable: a session is kept in the cache")
        try:
            self._cache.set(self.cache_key, data, self.get_expiry_age())
        except Exception:
            logger.exception("Error saving a session to the cache")

    def _update_row(self, data) -> None:
        """Django's update of the row, as one UPDATE: Django wraps it in a
        transaction (BEGIN, UPDATE, COMMIT: three round trips on every wizard
        step) that a single statement does not need. The same errors: a row gone
        (deleted meanwhile) or a failing database is an UpdateError."""
        instance = self.create_model_instance(data)
        using = router.db_for_write(self.model, instance=instance)
        try:
            updated = (
                self.model.objects.using(using)
                .filter(session_key=instance.session_key)
                .update(
                    session_data=instance.session_data,
                    expire_date=instance.expire_date,
                )
            )
            if not updated:
                raise DatabaseError("Forced update did not affect any rows.")
        except DatabaseError:
            raise UpdateError from None

    def _write_to_database(self, data) -> None:
        """Insert or update: the first write of a session made during an outage."""
        instance = self.create_model_instance(data)
        using = router.db_for_write(self.model, instance=instance)
        with transaction.atomic(using=using):
            instance.save(using=using)

    def delete(self, session_key=None):
        """Leaving (quick exit, logout) never fails: the cached copy goes first;
        a database row that cannot be deleted now expires on its own."""
        if session_key is None:
            if self.session_key is None:
                return
            session_key = self.session_key
        self._cache.delete(self.cache_key_prefix + session_key)
        try:
            super(cached_db.SessionStore, self).delete(session_key)
        except DatabaseError:
            logger.warning("Database unavailable: a session row is left to expire")
