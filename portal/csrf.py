"""The page for a form that arrives without a valid CSRF token: most often
because cookies were cleared or blocked half-way through the wizard, or the page
stood open for a long time. Django's own page is bare English for developers;
this one is the site's, in the visitor's language, and says what to do."""

from django.shortcuts import render


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``. The reason is for developers and is not shown."""
    return render(request, "portal/csrf_failure.html", status=403)
