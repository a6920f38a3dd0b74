"""Other help the confirmation page points to. Public numbers and addresses of the
organisations themselves."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from signup.rules.routing import Signpost


@dataclass(frozen=True)
class SignpostInfo:
    title: str
    text: str
    url: str
    phone: str = ""
    # For young people ("je" in Dutch), where ``text`` addresses the reader.
    youth_text: str = ""

    def text_for(self, youth: bool) -> str:
        return self.youth_text if youth and self.youth_text else self.text


SIGNPOSTS = {
    Signpost.VICTIM_SUPPORT: SignpostInfo(
        _("Victim Support Netherlands (Slachtofferhulp Nederland)"),
        _("Free practical, legal and emotional support for victims and relatives."),
        "https://www.slachtofferhulp.nl/",
        "0900-0101",
    ),
    Signpost.EMERGENCY: SignpostInfo(
        _("In danger? Call 112"),
        _(
            "If you are in danger now, call 112. For advice without an emergency, "
            "call the police on 0900-8844."
        ),
        "https://www.politie.nl/",
        "112",
        youth_text=_(
            "Are you in danger now? Call 112. Need advice, but it is not an "
            "emergency? Call the police on 0900-8844."
        ),
    ),
    Signpost.POLICE: SignpostInfo(
        _("The police: so that it stops"),
        _(
            "Do you mainly want it to stop? In some regions the police can talk to the "
            "other person about their behaviour (a 'stopgesprek'), without contact "
            "between you. The community police officer (wijkagent) can help too. In "
            "danger, call 112."
        ),
        "https://www.politie.nl/",
        "0900-8844",
        youth_text=_(
            "Do you mostly want it to stop? In some places the police can talk to "
            "the other person about what they do (a 'stopgesprek'). You do not have "
            "to meet them. The community police officer (wijkagent) can help too. "
            "In danger? Call 112."
        ),
    ),
    Signpost.HOW_TO_REPORT: SignpostInfo(
        _("Reporting a crime"),
        _(
            "You can still report what happened to the police. Taking part in "
            "restorative justice never takes away that right."
        ),
        "https://www.politie.nl/aangifte-of-melding-doen",
        "0900-8844",
        youth_text=_(
            "You can still report what happened to the police. If you take part, "
            "you keep that right."
        ),
    ),
    Signpost.NEIGHBOUR_MEDIATION: SignpostInfo(
        _("Neighbour mediation (buurtbemiddeling)"),
        _("Trained volunteers help neighbours talk and find a solution together."),
        "https://www.problemenmetjeburen.nl/",
    ),
    Signpost.HALT: SignpostInfo(
        _("Halt"),
        _(
            "For young people aged 12 to 17 who were caught by the police: a Halt "
            "programme can end the case. You can ask the police about it."
        ),
        "https://www.halt.nl/",
    ),
    Signpost.VEILIG_THUIS: SignpostInfo(
        _("Veilig Thuis"),
        _("Advice and help with domestic violence and child abuse, day and night."),
        "https://veiligthuis.nl/",
        "0800-2000",
    ),
    Signpost.SEXUAL_VIOLENCE_CENTRE: SignpostInfo(
        _("Centre for Sexual Violence (Centrum Seksueel Geweld)"),
        _(
            "Help after sexual violence, day and night. For restorative mediation "
            "after sexual violence a police report is not required."
        ),
        "https://centrumseksueelgeweld.nl/",
        "0800-0188",
    ),
}
