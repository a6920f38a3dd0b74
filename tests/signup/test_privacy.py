"""Nothing personal leaves the encrypted fields: not in log lines, not in task
arguments, not in e-mails to teams, not in the names of objects."""

import logging

from django.core import mail

import pytest
from django_tasks_db.models import DBTaskResult

from signup.desk import actions
from signup.models import CallAttempt, Registration, RouteChange
from tests.signup.wizard import WizardRun, persona, run_worker

PERSONAL = ["Anna", "612345678", "anna@example.nl", "Buurman Bert", "Joost"]


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture
def every_log_line():
    handler = Collect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler.lines
    root.removeHandler(handler)
    root.setLevel(old_level)


@pytest.mark.django_db(transaction=True)
def test_a_registration_leaves_no_personal_trace(client, seeded, every_log_line):
    WizardRun(client, "nl").complete(
        persona(**{"other-party-details": {"other_party_details": "Buurman Bert"}})
    )
    registration = Registration.objects.get()
    actions.log_attempt(registration.callback, "no_answer", "Anna belt terug", None)
    actions.reroute(registration, "triage", "", "Joost vroeg erom", None)
    run_worker()

    assert every_log_line, "the test saw the application's log"
    log_text = "\n".join(every_log_line)
    for value in PERSONAL:
        assert value not in log_text

    ours = DBTaskResult.objects.filter(task_path__startswith="signup.")
    assert ours.exists()
    for result in ours:
        assert all(isinstance(arg, int) for arg in result.args_kwargs["args"])
        assert result.args_kwargs["kwargs"] == {}

    team_mails = [m for m in mail.outbox if "anna@example.nl" not in m.to]
    assert team_mails, "the team was told"
    for message in team_mails:
        for value in PERSONAL:
            assert value not in message.subject + message.body

    names = [
        str(registration),
        str(registration.callback),
        str(CallAttempt.objects.get()),
        str(RouteChange.objects.get()),
    ]
    for name in names:
        assert registration.reference in name
        for value in PERSONAL:
            assert value not in name
