"""The teams that phone people back, and which team receives which route."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from signup.rules.choices import District
from signup.rules.routing import Route


class Team(models.TextChoices):
    AANMELDPUNT = "aanmeldpunt", _("PH registration desk")
    TRIAGE = "triage", _("General triage")
    MIS_TRIAGE = "mis_triage", _("MiS triage")
    MIS_AMSTERDAM = "mis_amsterdam", _("Mediation office Amsterdam")
    MIS_DEN_HAAG = "mis_den_haag", _("Mediation office Den Haag")
    MIS_GELDERLAND = "mis_gelderland", _("Mediation office Gelderland")
    MIS_LIMBURG = "mis_limburg", _("Mediation office Limburg")
    MIS_MIDDEN_NEDERLAND = (
        "mis_midden_nederland",
        _("Mediation office Midden-Nederland"),
    )
    MIS_NOORD_HOLLAND = "mis_noord_holland", _("Mediation office Noord-Holland")
    MIS_NOORD_NEDERLAND = "mis_noord_nederland", _("Mediation office Noord-Nederland")
    MIS_OOST_BRABANT = "mis_oost_brabant", _("Mediation office Oost-Brabant")
    MIS_OVERIJSSEL = "mis_overijssel", _("Mediation office Overijssel")
    MIS_ROTTERDAM = "mis_rotterdam", _("Mediation office Rotterdam")
    MIS_ZEELAND_WEST_BRABANT = (
        "mis_zeeland_west_brabant",
        _("Mediation office Zeeland-West-Brabant"),
    )
    MIS_CARIBBEAN = "mis_caribbean", _("MiS Caribbean Netherlands")


def team_for(route: str, district: str | None) -> Team:
    if route == Route.MIS:
        if not district or district == District.UNKNOWN:
            return Team.MIS_TRIAGE
        return Team(f"mis_{district}")
    if route == Route.TRIAGE:
        return Team.TRIAGE
    return Team.AANMELDPUNT


def team_address(team: str) -> str:
    """Where a team's notifications go (``SIGNUP_TEAM_EMAILS``, else the default)."""
    return settings.SIGNUP_TEAM_EMAILS.get(team, settings.SIGNUP_TEAM_EMAIL_DEFAULT)
