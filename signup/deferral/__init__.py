"""'Not now, later': a person who chose to be contacted in 3, 6 or 12 months.

The callback is deferred (``CallbackTask.deferred``, due at the chosen moment,
``signup.wizard.registration``). A week before it is due the person gets a
reminder e-mail (``signup.tasks.send_due_reminders``) with a signed link
(``links``) to a public page (``views``) where they can postpone once more or
withdraw (``actions``). The desk keeps these callbacks apart from its due queue
until that week (``signup.desk.later``).
"""
