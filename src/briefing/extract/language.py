"""Language of a document (ISO 639-1), offline and fast.

py3langid's model restricted to the languages we have data for (the
``data/dates/months.<lang>.tsv`` files: a language without month names
could not be read anyway) plus a fallback. Only the first few thousand
characters are looked at: that is plenty for a language and keeps the cost
flat for long documents.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

FALLBACK = "en"
# Characters looked at; a paragraph or two decides a language.
SAMPLE_CHARS = 1200


@cache
def supported_languages() -> tuple[str, ...]:
    """Languages with data files (``months.<lang>.tsv``), in name order."""
    folder = resources.files("briefing") / "data" / "dates"
    names = (e.name for e in folder.iterdir())
    langs = {n.split(".")[1] for n in names if n.startswith("months.") and n.endswith(".tsv")}
    return tuple(sorted(langs | {FALLBACK}))


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(supported_languages()))
    return identifier


def detect_language(text: str) -> str:
    """The most likely of the supported languages; the fallback for text without letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return FALLBACK
    lang, _ = _identifier().classify(sample)
    return str(lang)
