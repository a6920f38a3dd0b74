"""Staff logins in tests. Every admin account needs a second factor, so a test
logs in the way a person ends up: password accepted and authenticator code
verified in this session."""

import base64

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def staff_member(group_name: str, username: str = "", password: str = "x"):
    """An account in one of the staff groups (named after the group by default)."""
    user = get_user_model().objects.create_user(
        username=username or group_name.lower().replace(" ", "-"), password=password
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def authenticator(user) -> TOTPDevice:
    """The user's confirmed authenticator app (made when missing)."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=True, defaults={"name": "Test phone"}
    )
    return device


def app_with_key(shown_key: str) -> TOTPDevice:
    """An app (not saved) that holds the key the setup page shows, typed in as a
    person would: in groups of four, the spaces left out."""
    return TOTPDevice(key=base64.b32decode("".join(shown_key.split())).hex())


def current_code(device: TOTPDevice, offset_steps: int = 0) -> str:
    """The code the app shows now (or ``offset_steps`` periods later)."""
    value = totp(
        device.bin_key,
        step=device.step,
        t0=device.t0,
        digits=device.digits,
        drift=offset_steps,
    )
    return f"{value:0{device.digits}d}"


def login_staff(client, user) -> None:
    """Logged in, with the second factor passed, as after the real two steps."""
    device = authenticator(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
