"""Django's PostgreSQL backend, with a health check that needs no round trip
while the connection is quiet.

Django's health check (``CONN_HEALTH_CHECKS``) sends ``SELECT 1`` before the
first query of every request on a kept connection, so that a connection the
server closed (a restart, a failover, ``idle_session_timeout``, a pooler
closing it) is replaced instead of failing the request. That was 18 of the 48
statements of a registration, each a round trip to the database server.

A server that closes a connection says so on it: the termination notice or the
end of the stream arrives, and the socket has something to read. Nothing arrives
on a quiet, idle connection between requests. So a connection with nothing to
read, idle and not known to be broken, is taken as usable without asking; with
anything to read, or in any other state, the server is asked as Django does.
A server that vanished without a word (the host gone off the network) is found
out no sooner by ``SELECT 1``: both wait for the network's timeout.
"""

import select

from django.db.backends.postgresql import base

from psycopg import pq


def _nothing_to_read(fileno: int) -> bool:
    poller = select.poll()
    poller.register(fileno, select.POLLIN | select.POLLPRI)
    return not poller.poll(0)


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        connection = self.connection
        if connection is None or connection.closed or connection.broken:
            return False
        pgconn = connection.pgconn
        if (
            pgconn.status == pq.ConnStatus.OK
            and pgconn.transaction_status == pq.TransactionStatus.IDLE
            and _nothing_to_read(pgconn.socket)
        ):
            return True
        return super().is_usable()
