"""The wizard writes its session only when the answers change: looking at a step
costs no database write, answering one does, and nothing typed is lost."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import parse
from tests.signup.wizard import WizardRun, persona


def session_writes(context) -> int:
    return sum(
        1
        for query in context.captured_queries
        if "django_session" in query["sql"]
        and query["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    )


def test_viewing_a_step_writes_nothing_answering_writes_once(client, seeded):
    run = WizardRun(client, "nl")
    step_url = run.start()
    client.get(step_url)

    with CaptureQueriesContext(connection) as viewing:
        assert client.get(step_url).status_code == 200
    assert session_writes(viewing) == 0

    with CaptureQueriesContext(connection) as answering:
        run.answer("who", persona()["who"])
    assert session_writes(answering) == 1

    # The answer is there on the next request, as before.
    page = parse(client.get(step_url))
    assert page.find("input", {"value": "self"}).has_attr("checked")
