"""Who may see which registrations.

Registrations hold data about criminal offences, so access is decided here, in
querysets, and every desk view goes through these functions; menus only follow.

- each registration desk group works the callbacks of its own teams;
- Beheer (administrators) sees everything, and alone sees statistics, exports and
  erasure;
- Redactie (communications, ``content.groups``) and everyone else sees nothing,
  not even counts.

Teams are the ``Team`` choices; groups are Django auth groups created after every
``migrate`` (``signup.desk.groups``). Which group works which teams is the table below.
"""

from django.db.models import QuerySet

from signup.models import CallbackTask, Registration
from signup.rules.teams import Team

BEHEER = "Beheer"
AANMELDPUNT = "Aanmeldpunt"
MIS_TRIAGE = "MiS-triage"


# One mediation office per court district, and the MiS pilot in the Caribbean.
DISTRICT_GROUPS = {
    Team.MIS_AMSTERDAM: "Mediationbureau Amsterdam",
    Team.MIS_DEN_HAAG: "Mediationbureau Den Haag",
    Team.MIS_GELDERLAND: "Mediationbureau Gelderland",
    Team.MIS_LIMBURG: "Mediationbureau Limburg",
    Team.MIS_MIDDEN_NEDERLAND: "Mediationbureau Midden-Nederland",
    Team.MIS_NOORD_HOLLAND: "Mediationbureau Noord-Holland",
    Team.MIS_NOORD_NEDERLAND: "Mediationbureau Noord-Nederland",
    Team.MIS_OOST_BRABANT: "Mediationbureau Oost-Brabant",
    Team.MIS_OVERIJSSEL: "Mediationbureau Overijssel",
    Team.MIS_ROTTERDAM: "Mediationbureau Rotterdam",
    Team.MIS_ZEELAND_WEST_BRABANT: "Mediationbureau Zeeland-West-Brabant",
    Team.MIS_CARIBBEAN: "Mediationbureau Caribisch Nederland",
}

# Group name -> the teams whose registrations its members work.
GROUP_TEAMS: dict[str, set[str]] = {
    AANMELDPUNT: {Team.AANMELDPUNT, Team.TRIAGE},
    MIS_TRIAGE: {Team.MIS_TRIAGE},
    **{group: {team} for team, group in DISTRICT_GROUPS.items()},
}
DESK_GROUPS = list(GROUP_TEAMS)


def _group_names(user) -> set[str]:
    if not user.is_authenticated or not user.is_active:
        return set()
    if not hasattr(user, "_desk_group_names"):
        user._desk_group_names = set(user.groups.values_list("name", flat=True))
    return user._desk_group_names


def is_beheer(user) -> bool:
    return user.is_active and (user.is_superuser or BEHEER in _group_names(user))


def teams_for(user) -> set[str]:
    """The teams whose registrations this user works (all of them for Beheer)."""
    if is_beheer(user):
        return set(Team.values)
    teams: set[str] = set()
    for name in _group_names(user):
        teams |= GROUP_TEAMS.get(name, set())
    return teams


def can_use_desk(user) -> bool:
    return bool(teams_for(user))


def visible_registrations(user) -> QuerySet:
    """The registrations this user may see: those whose callback lies with one of
    the user's teams. Empty for anyone else."""
    teams = teams_for(user)
    if not teams:
        return Registration.objects.none()
    queryset = Registration.objects.select_related("callback")
    if is_beheer(user):
        return queryset
    return queryset.filter(callback__team__in=teams)


def visible_callbacks(user) -> QuerySet:
    teams = teams_for(user)
    if not teams:
        return CallbackTask.objects.none()
    return CallbackTask.objects.filter(team__in=teams).select_related("registration")
