"""The closing section: what was read, how far to trust it, and the acronyms used.

A reader who is to sign the briefing needs to know that its content was
extracted by machine, how many documents could not be read, how many
statements carry no date, and how to check a statement against its source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.compose.labels import Labels
from briefing.datafiles import rows
from briefing.schema.briefing import GlossaryEntry, Line, Method
from briefing.schema.record import Record

_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*[A-ZА-ЯЁ]\b")
_SPELLED_OUT = re.compile(r"([A-ZА-ЯЁ][\w'’-]*(?:\s+(?:[\w'’-]+)){1,9})\s+\(([A-ZА-ЯЁ]{2,8})\)")
"""An acronym spelled out in the text: "Shanghai Cooperation Organisation (SCO)"."""


@lru_cache(maxsize=1)
def known_acronyms() -> dict[str, tuple[str, str]]:
    """The known acronyms, each with its English and Russian meaning (read once)."""
    return {row[0]: (row[1], row[2] if len(row) > 2 else row[1])
            for row in rows("compose", "acronyms.tsv") if len(row) >= 2}


def glossary(lines: list[Line], records: list[Record], labels: Labels) -> list[GlossaryEntry]:
    """The acronyms the briefing's statements use, with what each stands for: as a
    source spells it out, else from the list of known ones; unexplained ones left out."""
    used: set[str] = set()
    for line in lines:
        used.update(m.group(0) for m in _ACRONYM.finditer(line.text)
                    if sum(c.isupper() for c in m.group(0)) >= 2 and len(m.group(0)) <= 8)
    spelled: dict[str, str] = {}
    for record in records:
        for match in _SPELLED_OUT.finditer(record.text):
            acronym = match.group(2)
            if acronym in used and acronym not in spelled:
                meaning = _expansion(match.group(1).split(), acronym)
                if meaning:
                    spelled[acronym] = meaning
    known = known_acronyms()
    entries = []
    for acronym in sorted(used):
        if acronym in spelled:
            entries.append(GlossaryEntry(acronym=acronym, meaning=spelled[acronym]))
        elif acronym in known:
            english, russian = known[acronym]
            entries.append(GlossaryEntry(acronym=acronym,
                                         meaning=russian if labels.lang == "ru" else english))
    return entries


def _expansion(words: list[str], acronym: str) -> str:
    """The shortest tail of ``words`` that starts with a capital and whose capitalised
    words give the acronym's letters ("and the Organization of Turkic States" → "Organization
    of Turkic States" for OTS); empty when none does."""
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if not tail[0][:1].isupper():
            continue
        initials = "".join(w[0] for w in tail if w[:1].isupper()).upper()
        if initials == acronym.upper():
            return " ".join(tail)
    return ""


def method(*, read: int, failed: int, skipped: int, shown: list[Line], annexed: int,
           annex: bool, glossary_entries: list[GlossaryEntry], labels: Labels) -> Method:
    """The counts and the caveats, as sentences in the briefing's language."""
    text = labels.text
    undated = sum(1 for line in shown if not line.sort_key)
    share = undated / len(shown) if shown else 0.0
    notes = [
        text["method_read"].format(read=read, failed=failed, skipped=skipped),
        text["method_statements"].format(count=len(shown), undated=round(100 * share)),
        text["method_machine"],
        text["method_verify"],
    ]
    if annexed:
        notes.append(text["method_annex" if annex else "method_left_out"].format(count=annexed))
    return Method(read=read, failed=failed, skipped=skipped, annexed=annexed, notes=tuple(notes),
                  glossary=tuple(glossary_entries))
