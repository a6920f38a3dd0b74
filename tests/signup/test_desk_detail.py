"""What the desk's detail page shows of the help the person was pointed to."""

from signup.rules.routing import Signpost
from signup.rules.signposts import SIGNPOSTS
from tests.conftest import parse
from tests.signup.factories import registered
from tests.staff import login_staff, staff_member


def test_the_signposts_the_person_saw_are_named(client, seeded):
    registration = registered()
    assert Signpost.VICTIM_SUPPORT in registration.signposts
    login_staff(client, staff_member("Aanmeldpunt"))

    page = parse(client.get(f"/admin/registration/{registration.pk}/"))

    section = page.select_one("section[aria-labelledby=signposts-title]")
    names = [item.get_text(strip=True) for item in section.select("li")]
    assert names == [SIGNPOSTS[code].title for code in registration.signposts]
    assert all(names)
