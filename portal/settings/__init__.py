"""Settings for the Herstelwijzer portal.

Pick a module with ``DJANGO_SETTINGS_MODULE``: ``portal.settings.dev`` (the default of
``manage.py``), ``portal.settings.test`` (pytest) or ``portal.settings.production`` (the
default of ``wsgi.py``). Every value that differs between machines comes from the
environment; the variables are listed in ``portal/settings/base.py`` and the README.
"""
