"""The site's own illustrations (``static/img/illustrations/``, licences in
``static/img/README.md``): calm drawings an editor can put beside a page's title.
They are static files, not uploads: SVG uploaded through the admin could carry
scripts, and these few drawings change with a release, not with the content."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Illustration:
    label: str
    width: int = 320
    height: int = 220

    def static_path(self, key: str) -> str:
        return f"img/illustrations/{key}.svg"


ILLUSTRATIONS = {
    "conversation": Illustration(_("A conversation at a table, with a mediator")),
    "letters": Illustration(_("A mediator carries a letter between two people")),
    "agreement": Illustration(_("Two mediators and two people with an agreement")),
    "youth": Illustration(_("Two young people talking on a bench")),
}

CHOICES = [(key, illustration.label) for key, illustration in ILLUSTRATIONS.items()]
