"""FAQ helpers: anchors for questions and schema.org FAQPage structured data built
from the same blocks the page shows."""

import html
import json

from django.utils.html import strip_tags
from django.utils.text import slugify

from content import figure_tokens

# Inside <script>, "</script>" or "<!--" in the data would end or break the element.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def question_anchor(question: str) -> str:
    return "q-" + (slugify(question)[:60].rstrip("-") or "question")


def questions(stream) -> list[tuple[str, str]]:
    """(question, answer as plain text, figures filled in) for every question in a
    stream of FAQ blocks, in page order."""
    found = []
    for block in stream:
        if block.block_type not in ("faq", "topic"):
            continue
        for item in block.value["items"]:
            answer = html.unescape(strip_tags(item["answer"].source)).strip()
            answer = figure_tokens.substitute_text(answer)
            found.append((item["question"], " ".join(answer.split())))
    return found


def faq_json_ld(stream) -> str:
    """The FAQPage JSON-LD, safe to put inside a ``<script>`` element."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": answer},
            }
            for question, answer in questions(stream)
        ],
    }
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
