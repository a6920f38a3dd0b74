"""The wizard's answers in the session, written only when they change.

formtools' ``SessionStorage`` marks the session modified whenever the wizard reads
its data, so every page view, even a GET that changes nothing, saves the session
to the database (a transaction of three round trips). This storage compares the
data at the end of the request with a copy taken at the start and marks the
session modified only when something changed: half of the wizard's requests then
write nothing.
"""

import copy

from formtools.wizard.storage.session import SessionStorage


class ChangedOnlySessionStorage(SessionStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._at_start = copy.deepcopy(self.request.session.get(self.prefix))

    def _get_data(self):
        return self.request.session[self.prefix]

    def _set_data(self, value):
        self.request.session[self.prefix] = value

    data = property(_get_data, _set_data)

    def update_response(self, response):
        super().update_response(response)
        if self.request.session.get(self.prefix) != self._at_start:
            self.request.session.modified = True
