"""The panel on the admin's home page: the user's callbacks due today, overdue and
coming up, and how many wait for later contact (signup/desk/later.py). Counts and
references only, and only for the user's own teams."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from wagtail.admin.ui.components import Component

from signup.desk import access
from signup.desk.later import waiting_later
from signup.models import CallbackTask

LISTED = 10


def callback_buckets(user, now=None) -> dict[str, list[CallbackTask]]:
    now = now or timezone.now()
    end_of_today = timezone.make_aware(
        datetime.combine(timezone.localdate(now) + timedelta(days=1), time.min)
    )
    open_callbacks = (
        access.visible_callbacks(user)
        .filter(status=CallbackTask.Status.OPEN)
        .order_by("due_at")
    )
    later = waiting_later(now)
    return {
        "overdue": list(open_callbacks.filter(due_at__lt=now)),
        "today": list(open_callbacks.filter(due_at__gte=now, due_at__lt=end_of_today)),
        "upcoming": list(
            open_callbacks.filter(due_at__gte=end_of_today).exclude(later)
        ),
        # Not work yet: counted, and listed in the desk's "Later contact" filter.
        "later": list(open_callbacks.filter(later)),
    }


class CallbacksPanel(Component):
    name = "callbacks"
    template_name = "signup/desk/callbacks_panel.html"
    order = 50  # above Wagtail's own panels: this is the desk's work

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        buckets = callback_buckets(self.user)
        context["buckets"] = [
            (key, label, items[:LISTED], len(items))
            for key, label, items in (
                ("overdue", "overdue", buckets["overdue"]),
                ("today", "today", buckets["today"]),
                ("upcoming", "upcoming", buckets["upcoming"]),
            )
        ]
        context["counts"] = {key: len(items) for key, items in buckets.items()}
        return context
