from .audiences import AudiencePage, ThemePage
from .faq import FaqPage
from .feedback import FeedbackSubject, PageFeedback
from .figures import Figure, FiguresPage
from .glossary import GlossaryPage
from .pages import AccessibilityStatementPage, ContactPage, HomePage, StandardPage
from .provisions import ProvisionIndexPage, ProvisionPage
from .search import SearchPage
from .site_settings import SiteSettings
from .stories import StoryIndexPage, StoryPage
from .videos import VideoIndexPage, VideoPage
from .youth import YouthLandingPage, YouthPage

__all__ = [
    "AccessibilityStatementPage",
    "AudiencePage",
    "ContactPage",
    "FaqPage",
    "FeedbackSubject",
    "Figure",
    "FiguresPage",
    "GlossaryPage",
    "HomePage",
    "PageFeedback",
    "ProvisionIndexPage",
    "ProvisionPage",
    "SearchPage",
    "SiteSettings",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "ThemePage",
    "VideoIndexPage",
    "VideoPage",
    "YouthLandingPage",
    "YouthPage",
]
