"""Language of a document (ISO 639-1), offline and fast.

py3langid's model restricted to the languages we have data for (the
``data/dates/months.<lang>.tsv`` files: a language without month names
could not be read anyway) plus a fallback. Only the first few
hundred characters of the longest paragraph (main text, not a menu or a
metadata line) are looked at: plenty for a language, and the cost stays
flat for long documents.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

FALLBACK = "en"
# Characters of the longest paragraph looked at: a few sentences decide a language,
# and py3langid's feature counting is a Python loop over every byte.
SAMPLE_CHARS = 400


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
    sample = max(text.split("\n"), key=len)[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return FALLBACK
    lang, _ = _identifier().classify(sample)
    return str(lang)
