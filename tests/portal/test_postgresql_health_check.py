"""The health check of kept PostgreSQL connections (portal/postgresql/base.py):
no statement while the connection is quiet, a new connection once the server
has closed the old one. On a real PostgreSQL server (CI's second run)."""

import select

from django.db import connection, connections

import pytest

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a PostgreSQL connection"
    ),
]


@pytest.fixture
def kept():
    """A connection of its own, outside the test's transaction, as a web server
    process keeps one between requests."""
    wrapper = connections.create_connection("default")
    wrapper.ensure_connection()
    yield wrapper
    wrapper.close()


def backend_pid(wrapper) -> int:
    return wrapper.connection.info.backend_pid


def last_statement(pid: int) -> str:
    """What the server last ran on that connection, asked on another one."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", [pid])
        return cursor.fetchone()[0]


def closed_by_the_server(wrapper) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [backend_pid(wrapper)])
        assert cursor.fetchone()[0]
    poller = select.poll()
    poller.register(wrapper.connection.pgconn.socket, select.POLLIN)
    assert poller.poll(5000), "the server's notice did not arrive"


def test_a_quiet_connection_is_usable_without_asking_the_server(kept):
    with kept.cursor() as cursor:
        cursor.execute("SELECT 'the last statement'")
    pid = backend_pid(kept)

    assert kept.is_usable()
    assert last_statement(pid) == "SELECT 'the last statement'"


def test_a_connection_the_server_closed_is_not_usable(kept):
    closed_by_the_server(kept)

    assert not kept.is_usable()


def test_the_next_request_gets_a_new_connection(kept):
    old_pid = backend_pid(kept)
    closed_by_the_server(kept)

    kept.close_if_unusable_or_obsolete()  # as at the start of every request
    with kept.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        new_pid = cursor.fetchone()[0]

    assert new_pid != old_pid


def test_a_connection_with_something_to_read_is_asked(kept):
    """Anything that arrived (here a notification) is no proof of a closed
    connection: the server is asked, and the connection stays."""
    pid = backend_pid(kept)
    with kept.cursor() as cursor:
        cursor.execute("LISTEN portal_health_check")
    notifier = connections.create_connection("default")
    try:
        with notifier.cursor() as cursor:  # autocommit: delivered at once
            cursor.execute("SELECT pg_notify('portal_health_check', '')")
    finally:
        notifier.close()
    poller = select.poll()
    poller.register(kept.connection.pgconn.socket, select.POLLIN)
    assert poller.poll(5000), "the notification did not arrive"

    assert kept.is_usable()
    assert last_statement(pid) == "SELECT 1"
    assert backend_pid(kept) == pid
