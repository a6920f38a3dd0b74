#!/bin/sh
# The task worker, started again whenever it exits.
#
# django-tasks' db_worker exits on a database error it cannot handle (a database
# restart, a failover). Under systemd, deploy/systemd/herstelwijzer-worker.service
# restarts it (Restart=always). Where no supervisor does that, such as `make run`
# (honcho stops everything when one process ends, and starts nothing again), this
# loop does: housekeeping first (tasks a dead worker left RUNNING go back in the
# queue, the recurring schedule), then the worker, then a pause, then again.
# TERM or INT (Ctrl-C, honcho stopping) stops the worker and the loop.
set -u
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python}
PAUSE=${WORKER_RESTART_SECONDS:-5}
child=""

stop() {
  trap - TERM INT
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  exit 0
}
trap stop TERM INT

while :; do
  if "$PYTHON" manage.py requeue_abandoned_tasks \
    && "$PYTHON" manage.py schedule_recurring_tasks; then
    "$PYTHON" manage.py db_worker --queue-name '*' &
    child=$!
    wait "$child"
    status=$?
    child=""
    echo "worker-supervisor: the worker exited ($status); again in $PAUSE s" >&2
  else
    echo "worker-supervisor: housekeeping failed; again in $PAUSE s" >&2
  fi
  sleep "$PAUSE" &
  child=$!
  wait "$child"
  child=""
done
