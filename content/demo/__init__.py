"""The demo site: the whole site map of the brief in Dutch and English, written for
the portal from the facts in the project brief. Communications staff replace or
extend it in Wagtail; the seed never overwrites their changes."""

from content.demo.about import ABOUT
from content.demo.audiences import AUDIENCES, THEMES
from content.demo.faq import FAQ
from content.demo.figures import FIGURES
from content.demo.glossary import GLOSSARY
from content.demo.home import HOME
from content.demo.journey import STEP_BY_STEP
from content.demo.police import POLICE_PHASE
from content.demo.provisions import WHICH_FITS
from content.demo.service import (
    ACCESSIBILITY,
    COMPLAINTS,
    CONTACT,
    PRIVACY,
    SEARCH,
    SITE_SETTINGS,
)
from content.demo.stories import STORIES
from content.demo.videos import VIDEOS
from content.demo.youth import YOUTH

# Under the home page, in menu order.
SITE_MAP = [
    WHICH_FITS,
    STEP_BY_STEP,
    *AUDIENCES,
    *THEMES,
    POLICE_PHASE,
    VIDEOS,
    FAQ,
    GLOSSARY,
    STORIES,
    YOUTH,
    FIGURES,
    ABOUT,
    CONTACT,
    PRIVACY,
    COMPLAINTS,
    ACCESSIBILITY,
    SEARCH,
]

# The main navigation of the site settings, by page key, in this order.
MAIN_NAVIGATION = [
    "herstelbemiddeling",
    "mis",
    "which-fits",
    "faq",
    "youth",
    "about",
    "contact",
]

# Enough for most tests: the home pages and the privacy statement the footer needs.
MINIMAL_SITE_MAP = [PRIVACY]

__all__ = ["HOME", "MAIN_NAVIGATION", "MINIMAL_SITE_MAP", "SITE_MAP", "SITE_SETTINGS"]
