"""How the demo site map is described: one ``PageSpec`` per page, with its Dutch and
English field values and its child pages."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentRef:
    """A file in ``content/demo_media`` that becomes a Wagtail document."""

    title: str
    filename: str


@dataclass(frozen=True)
class ImageRef:
    """A file in ``content/demo_media`` that becomes a Wagtail image."""

    title: str
    filename: str


@dataclass(frozen=True)
class FigureRef:
    """A figure of the register, by key; the seed puts the figure in its place."""

    key: str


@dataclass
class PageSpec:
    model: type
    nl: dict
    en: dict
    children: list["PageSpec"] = field(default_factory=list)
    key: str = ""  # how tests and the seed refer to it; default: the Dutch slug


def heading(text: str, level: str = "h2") -> tuple:
    return ("heading", {"text": text, "level": level})


def paragraph(html: str) -> tuple:
    return ("paragraph", html)


def register(heading_text: str, text: str, button: str) -> tuple:
    return (
        "register",
        {"heading": heading_text, "text": text, "button_label": button, "youth": False},
    )


def faq(heading_text: str, items: list[tuple[str, str]]) -> tuple:
    return (
        "faq",
        {
            "heading": heading_text,
            "items": [{"question": q, "answer": a} for q, a in items],
        },
    )


def steps(items: list[tuple[str, str]]) -> tuple:
    return ("steps", {"items": [{"title": t, "text": x} for t, x in items]})


def figures(keys: list[str]) -> tuple:
    """A figures block with these figures of the register, in this order."""
    return ("figures", {"figures": [FigureRef(key) for key in keys]})


def quote(text: str, attribution: str) -> tuple:
    return ("quote", {"text": text, "attribution": attribution})


def accordion(items: list[tuple[str, str]]) -> tuple:
    return ("accordion", {"items": [{"title": t, "content": c} for t, c in items]})
