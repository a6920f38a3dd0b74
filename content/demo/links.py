"""Addresses of demo pages, for links in running text (rich text). The seed builds
the pages under these slugs; tests/content/test_provision_pages.py follows every
link of the demo pages that use them and fails on one that does not resolve."""

NL = {
    "which": "/nl/welke-past-bij-mij/",
    "hb": "/nl/welke-past-bij-mij/herstelbemiddeling/",
    "mis": "/nl/welke-past-bij-mij/mediation-in-strafzaken/",
    "samenspraak": "/nl/welke-past-bij-mij/samenspraak/",
    "forms": "/nl/welke-past-bij-mij/andere-vormen/",
    "stop": "/nl/als-u-wilt-dat-het-stopt/",
    "victims": "/nl/slachtoffers/",
    "offenders": "/nl/daders/",
    "detention": "/nl/in-en-na-detentie/",
    "privacy": "/nl/privacy/",
    "video-sexual-violence": "/nl/videos/contact-na-seksueel-geweld/",
    "video-how": "/nl/videos/van-aanmelding-tot-afronding/",
    "videos": "/nl/videos/",
    "register": "/nl/aanmelden/",
    "step-by-step": "/nl/stap-voor-stap/",
}
EN = {
    "which": "/en/which-one-fits-me/",
    "hb": "/en/which-one-fits-me/restorative-mediation/",
    "mis": "/en/which-one-fits-me/mediation-in-criminal-cases/",
    "samenspraak": "/en/which-one-fits-me/samenspraak/",
    "forms": "/en/which-one-fits-me/other-forms/",
    "stop": "/en/when-you-want-it-to-stop/",
    "victims": "/en/victims/",
    "offenders": "/en/offenders/",
    "detention": "/en/in-and-after-detention/",
    "privacy": "/en/privacy/",
    "video-sexual-violence": "/en/videos/contact-after-sexual-violence/",
    "video-how": "/en/videos/from-registration-to-closure/",
    "videos": "/en/videos/",
    "register": "/en/register/",
    "step-by-step": "/en/step-by-step/",
}


def a(lang: str, key: str, text: str) -> str:
    """A link to the demo page ``key`` in ``lang``."""
    return f'<a href="{(NL if lang == "nl" else EN)[key]}">{text}</a>'
