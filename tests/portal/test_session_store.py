"""portal/session_store.py: a session outlives a database that refuses writes,
and is written to the database once it can be; a session deleted on purpose is
not brought back."""

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.models import Session
from django.core.cache import cache

import pytest

from portal.session_store import NOT_IN_DATABASE, SessionStore
from tests.signup.test_faults import database_refuses_writes

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_session_made_while_the_database_refuses_writes_reaches_it_later():
    session = SessionStore()
    with database_refuses_writes():
        session["answers"] = "kept"
        session.save()
        assert not Session.objects.exists()

    again = SessionStore(session.session_key)
    assert again["answers"] == "kept"  # from the cache
    again["answers"] = "kept, and one more"
    again.save()

    stored = Session.objects.get(session_key=session.session_key).get_decoded()
    assert stored == {"answers": "kept, and one more"}
    assert NOT_IN_DATABASE not in SessionStore(session.session_key).load()


def test_an_update_refused_by_the_database_is_kept_in_the_cache():
    session = SessionStore()
    session["answers"] = "first"
    session.save()
    with database_refuses_writes():
        session["answers"] = "second"
        session.save()  # no UpdateError, so no 400 page
    assert SessionStore(session.session_key)["answers"] == "second"


def test_a_session_deleted_meanwhile_stays_deleted():
    session = SessionStore()
    session["staff"] = "logged in"
    session.save()
    Session.objects.all().delete()  # a logout in another tab
    session["staff"] = "still here?"
    with pytest.raises(UpdateError):
        session.save()


def test_leaving_works_while_the_database_refuses_writes():
    session = SessionStore()
    session["answers"] = "secret"
    session.save()
    old_key = session.session_key
    with database_refuses_writes():
        session.flush()  # the quick exit: must not fail
    assert session.session_key is None
    assert dict(session.items()) == {}
    assert cache.get(session.cache_key_prefix + old_key) is None
