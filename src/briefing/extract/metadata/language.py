"""Language of a document (ISO 639-1), offline and fast.

The supported languages are those we have data for (the
``data/dates/months.<lang>.tsv`` files: a language without month names
could not be read anyway) plus a fallback. The script decides first: when
most letters are Cyrillic and Russian is the only supported Cyrillic
language, the answer is Russian without a model (``data/clean/scripts.tsv``
says which language uses which script). Otherwise py3langid, restricted to
the candidates, reads the first few hundred characters of the longest
paragraph (main text, not a menu or a metadata line): plenty for a
language, and the cost stays flat for long documents.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefing import datafiles

FALLBACK = "en"
# Characters of the longest paragraph looked at: a few sentences decide a language,
# and py3langid's feature counting is a Python loop over every byte.
SAMPLE_CHARS = 400
# A script decides when it holds more than this share of the sample's letters.
SCRIPT_SHARE = 0.5
# Runs of letters, whose lengths add up to the letter count (a match per letter, a string
# object each, would cost several times more).
_LETTERS = re.compile(r"[^\W\d_]+")
_SCRIPT_LETTERS = {
    "latin": re.compile("[A-Za-z\u00c0-\u024f]+"),
    "cyrillic": re.compile("[\u0400-\u052f]+"),
}


@cache
def supported_languages() -> tuple[str, ...]:
    """Languages with data files (``months.<lang>.tsv``), in name order."""
    return tuple(sorted({*datafiles.languages("dates", "months"), FALLBACK}))


@cache
def _scripts() -> dict[str, str]:
    return {lang: script for lang, script in datafiles.rows("clean", "scripts.tsv")}


@cache
def _identifier(languages: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(languages))
    return identifier


def detect_language(text: str) -> str:
    """The most likely of the supported languages; the fallback for text without letters."""
    sample = max(text.split("\n"), key=len)[:SAMPLE_CHARS]
    script = _main_script(sample)
    if script == "":
        return FALLBACK
    candidates = _candidates(script)
    if len(candidates) == 1:
        return candidates[0]
    lang, _ = _identifier(candidates).classify(sample)
    return str(lang)


def _main_script(sample: str) -> str | None:
    """The script of more than :data:`SCRIPT_SHARE` of the sample's letters (``None``
    when no script is; ``""`` when the sample has no letter).

    A script that holds that share of all the characters holds it of the letters
    too: only when none does are the letters counted (the dearest count).
    """
    counts = {script: _count(runs, sample) for script, runs in _SCRIPT_LETTERS.items()}
    script = max(counts, key=lambda s: counts[s])
    if counts[script] > SCRIPT_SHARE * len(sample):
        return script
    letters = _count(_LETTERS, sample)
    if not letters:
        return ""
    return script if counts[script] > SCRIPT_SHARE * letters else None


def _candidates(script: str | None) -> tuple[str, ...]:
    """The supported languages written in the main script (all when none is main)."""
    if script is None:
        return supported_languages()
    scripts = _scripts()
    found = tuple(lang for lang in supported_languages() if scripts.get(lang) == script)
    return found or supported_languages()


def _count(runs: re.Pattern[str], sample: str) -> int:
    """How many characters of ``sample`` the runs cover."""
    return sum(len(run) for run in runs.findall(sample))
