"""System checks of the sign-up settings that the settings module cannot make
itself (they need the app's own codes)."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def samenspraak_themes_are_offence_types(app_configs, **kwargs):
    """``SIGNUP_SAMENSPRAAK_THEMES`` holds offence codes of the wizard: a typing
    error would silently send people to triage instead of a group."""
    from signup.rules.choices import Offence

    unknown = sorted(set(settings.SIGNUP_SAMENSPRAAK_THEMES) - set(Offence.values))
    if not unknown:
        return []
    return [
        Error(
            "SIGNUP_SAMENSPRAAK_THEMES has unknown offence types: "
            + ", ".join(unknown),
            hint=f"Use some of: {', '.join(Offence.values)}.",
            id="signup.E001",
        )
    ]
