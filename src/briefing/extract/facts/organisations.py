"""Organisations: universities, ministries, academies, agencies, companies, museums.

Names are found sentence by sentence by :mod:`briefing.extract.facts.org_spans`;
repeated mentions of one name merge into one organisation with every span
as evidence. The country is read from the name itself ("Azerbaijan National
Academy of Sciences", "… of the Republic of Kazakhstan") through the partner
gazetteer, so it is only given when the name states it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.extract.facts.org_spans import organisation_spans
from briefing.extract.spans import evidence, merge_evidence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import language_of
from briefing.extract.text.matcher import Match, Token
from briefing.extract.topics.gazetteer import Hit, display_names, gazetteer, hit
from briefing.schema import Organisation

_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
_KEY_WORD = re.compile(r"[^\W_]+")


def extract_organisations(doc: Document) -> list[Organisation]:
    """Organisations of the main text, in order of first mention, with their country."""
    found: dict[tuple[str, ...], Organisation] = {}
    text = doc.text
    for sentence in doc.sentences:
        for span in organisation_spans(text, sentence.start, sentence.end, doc.lang):
            proof = evidence(text, span.start, span.end)
            key = name_key(proof.text, doc.lang)
            known = found.get(key)
            if known is None:
                country = country_in(text, proof.start, proof.end, doc.lang)
                found[key] = Organisation(
                    name=proof.text, type=span.type, country=country, evidence=[proof]
                )
            else:
                known.evidence = merge_evidence([*known.evidence, proof])
    return list(found.values())


@lru_cache(maxsize=4096)
def name_key(name: str, lang: str) -> tuple[str, ...]:
    """A key under which mentions of one name meet (lemmas: in an inflected language
    the cases of a name meet too).

    Memoised: a name is mentioned again and again, in a document and across them.
    """
    name = _LEADING_ARTICLE.sub("", name)
    found = _KEY_WORD.findall(name.lower().replace("ё", "е"))
    language = language_of(lang)
    return tuple(language.lemma(w) for w in found)


def country_in(text: str, start: int, end: int, lang: str) -> str | None:
    """ISO code of the first state named inside the organisation's name at
    ``text[start:end]``, if any.

    Read from the gazetteer's scan of the whole text, which the partners
    already made: a name new to the process is not cut into words and
    normalised again, and no token object is made for the text's words.
    """
    words, low, _, matches = gazetteer(lang).find_words(text, start, end)
    for match in matches:
        found = hit(match, words.starts[low + match.first], words.ends[low + match.last])
        if _is_state(found):
            return found.code
    return None


@lru_cache(maxsize=8192)
def states_named(phrase: str, lang: str) -> tuple[str, ...]:
    """ISO codes of the states the gazetteer finds in a short phrase, in order."""
    lexicon = gazetteer(lang)
    codes: list[str] = []
    for match in lexicon.find(phrase, tokens := lexicon.tokens(phrase)):
        code = _state(match, tokens)
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _state(match: Match, tokens: list[Token]) -> str | None:
    """The ISO code of the state a gazetteer match names; ``None`` for anything else."""
    found = hit(match, tokens[match.first].start, tokens[match.last].end)
    return found.code if _is_state(found) else None


def _is_state(found: Hit) -> bool:
    return found.is_place and display_names().get(found.code, ("", ""))[0] == "state"
