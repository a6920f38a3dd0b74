"""WSGI entry point; production settings by default (see DJANGO_SETTINGS_MODULE)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
