"""What site search matches on, besides the words as written: their stems in the
page's language and, for Dutch, the parts of compound words.

Dutch glues words together: "herstelbemiddeling", "verkeersongeval",
"slotovereenkomst". A full-text index holds each as one word, so a visitor who
types "bemiddeling" or "ongeval" would not find the pages that use the compound.
The search backends cannot split compounds (PostgreSQL's ``dutch`` configuration
stems, SQLite's FTS5 does not even do that), so every page also indexes
``BasePage.search_terms``: the Snowball stem of each of its words, and for each
long Dutch word the stems of its tails and its heads. The search page stems the
visitor's words the same way (``query_terms``), so "bemiddelingen" finds
"bemiddeling" and "bemiddeling" finds "herstelbemiddeling" on either backend.

Tails and heads are cut at every letter, not at known word boundaries: a
dictionary of Dutch words would be large and still miss the site's own jargon,
and the extra, meaningless pieces ("emiddeling") are never typed. A piece is at
least ``MIN_PART`` letters, so short, common pieces do not match everything.
"""

import functools
import re

import snowballstemmer

WORD = re.compile(r"[^\W_]+")

# Shorter words are seldom compounds; shorter pieces match too much.
MIN_COMPOUND = 9
MIN_PART = 5

STEMMERS = {"nl": "dutch", "en": "english"}


@functools.cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS.get(language, "dutch"))


def _stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


def words(text: str) -> list[str]:
    """The words (and numbers) of a text, in lower case, without punctuation."""
    return WORD.findall(text.lower())


def compound_parts(word: str) -> list[str]:
    """The tails and heads of a long word that are at least ``MIN_PART`` letters
    long, e.g. for "herstelbemiddeling" "bemiddeling" and "herstel" (among
    others)."""
    if len(word) < MIN_COMPOUND:
        return []
    tails = [word[i:] for i in range(MIN_PART - 2, len(word) - MIN_PART + 1)]
    heads = [word[:i] for i in range(MIN_PART, len(word) - 2)]
    return tails + heads


def index_terms(text: str, language: str) -> str:
    """The extra terms a page of this language is found by, space-separated:
    each distinct stem once."""
    terms: dict[str, None] = {}
    for word in words(text):
        if word.isdigit():
            continue  # numbers are found as written, in the page's own fields
        terms[_stem(word, language)] = None
        if language == "nl":
            for part in compound_parts(word):
                terms[_stem(part, language)] = None
    return " ".join(terms)


def query_terms(query: str, language: str) -> str:
    """The visitor's words as the index holds them: stemmed in the language of
    the site they search."""
    return " ".join(
        word if word.isdigit() else _stem(word, language) for word in words(query)
    )
