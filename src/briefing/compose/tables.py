"""Rows of the tables, meaningful ones only.

- Agreements: a register of named instruments, type and subject
  ("Memorandum on cooperation in higher education"); a bare "programme" or
  "agreements" names nothing and stays out (its sentence is still quoted).
- Key figures: only where the row says what is counted.
- People: those met or who took part (with role), apart from those only
  mentioned (people of history and letters, honorees).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.compose.labels import Labels
from briefing.compose.text import clean, shorten
from briefing.datafiles import rows
from briefing.extract.topics.gazetteer import display_names, gazetteer
from briefing.schema.briefing import AgreementRow, FigureRow, PersonRow
from briefing.schema.record import Agreement, Figure, Person, Record

SUBJECT_WORDS = 10
"""An agreement's subject read after its head word, at most this many words."""
_WORD = re.compile(r"\w+")
_SUBJECT_END = re.compile(r"[,.;:()\[\]«»\"“”!?\n]")
_YEARISH = re.compile(r"^\W*(\d{1,4}|\d{1,2}(st|nd|rd|th)?|ad|bc|years?|century|%|percent)\W*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for lang in ("en", "ru"):
        for row in rows("compose", f"tables.{lang}.tsv"):
            if len(row) >= 2:
                found.setdefault(row[0], set()).add(row[1].strip().casefold())
    return {key: frozenset(values) for key, values in found.items()}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def is_named_instrument(name: str) -> bool:
    """A name that tells which instrument: more than generic words, not a plural head,
    not the programme of an event ("program of the gala concert")."""
    words = _words(name)
    cues = _cues()
    if len(words) < 2 or any(w in cues["plural"] for w in words):
        return False
    if any(w in cues["programme"] for w in words) and any(w in cues["event"] for w in words):
        return False
    return any(w not in cues["generic"] and w not in cues["link"] and not w.isdigit()
               for w in words)


def agreement_name(record: Record, agreement: Agreement) -> str:
    """The instrument's name with its subject, read from the text after the name
    when the extracted name is only its head ("memorandum" → "memorandum on
    cooperation in education"); empty when nothing names it."""
    name = clean(agreement.name)
    if not _words(name) or _words(name)[0] in {"договорились", "agreed", "supports"}:
        return ""
    if is_named_instrument(name):
        return _capitalised(name)
    for span in agreement.evidence:
        after = record.text[span.end: span.end + 200]
        subject = _subject(after)
        if subject:
            whole = clean(record.text[span.start: span.end] + subject)
            if is_named_instrument(whole):
                return _capitalised(whole)
    return ""


def _subject(after: str) -> str:
    """" on cooperation in education" from the text after a head word; "" when no link
    word follows."""
    head = after.lstrip()
    lowered = head.casefold()
    links = sorted(_cues()["link"], key=len, reverse=True)
    if not any(lowered.startswith(link + " ") for link in links):
        return ""
    end = _SUBJECT_END.search(head)
    phrase = head[: end.start()] if end else head
    words = phrase.split()
    if len(words) > SUBJECT_WORDS + 1:
        return ""  # a subject that runs on is a clause, not a name
    return after[: len(after) - len(head)] + " ".join(words)


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def agreement_row(record: Record, agreement: Agreement, labels: Labels,
                  cites: tuple[int, ...]) -> AgreementRow | None:
    """A register row for a named instrument; ``None`` for a generic mention."""
    name = agreement_name(record, agreement)
    if not name:
        return None
    parties = [_in_language(clean(p), labels) for p in agreement.parties if clean(p)]
    return AgreementRow(
        name=shorten(name, 200), parties=", ".join(parties),
        signed=labels.date_value(agreement.signed) if agreement.signed else "",
        period=labels.date_value(agreement.period) if agreement.period else "",
        status=labels.status(status_of(agreement)), cites=cites,
    )


def status_of(agreement: Agreement) -> str:
    """The agreement's status id: as the text gives it, else "signed" where a signing date
    is known; empty when neither."""
    return agreement.status or ("signed" if agreement.signed else "")


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    return {name.casefold(): code for code, (_, name) in display_names().items()}


def _in_language(party: str, labels: Labels) -> str:
    """A party that is a state or organisation by its display name, in the label language."""
    code = _codes_by_name().get(party.casefold())
    return labels.partner(code, party) if code else party


def figure_row(figure: Figure, cites: tuple[int, ...]) -> FigureRow | None:
    """A key figure whose row says what is counted ("7,000 — Kazakh students study …")."""
    what = clean(figure.what)
    letters = [w for w in _WORD.findall(what) if not w.isdigit()]
    if len(letters) < 2 or _YEARISH.match(what):
        return None
    if what.isupper() or not any(w[:1].islower() for w in letters):
        return None  # a place, an institution or a routing code, not a count of something
    return FigureRow(value=clean(figure.text) or f"{figure.value:g}", what=shorten(what, 200),
                     year=str(figure.year) if figure.year else "", cites=cites)


def person_row(record: Record, person: Person, cites: tuple[int, ...], labels: Labels,
               sentences: list[tuple[int, int]]) -> tuple[PersonRow, bool] | None:
    """(row, met), or ``None`` for an author or reporter named in a byline, or a name
    that is not a person's. ``met`` is false for a person only mentioned: a role of
    history and letters, a sentence that honours them, or neither a role nor a sentence
    saying they took part (met, spoke, signed…). ``sentences``: the record's sentences
    (:func:`~briefing.compose.statements.sentences_of`), read once per record."""
    name, role = _repaired(clean(person.name), clean(person.role))
    if not is_person_name(name) or _is_byline(record, person):
        return None
    row = PersonRow(name=name, role=shorten(role, 200), side=side_of(role, record.lang, labels),
                    cites=cites)
    cues = _cues()
    if set(_words(role)) & cues["historic"]:
        return row, False
    took_part = bool(role)
    for span in person.evidence:
        sentence = _sentence_around(record.text, sentences, span.start).casefold()
        if any(cue in sentence for cue in cues["honour"]):
            return row, False
        took_part = took_part or _says(sentence, cues["met"])
    return row, took_part


SIDE_KINDS = frozenset({"name", "adj", "compound", "org"})
"""Gazetteer entries that say whom a role serves (a capital city in "director of the Astana
institute" does not)."""


def side_of(role: str, lang: str | None, labels: Labels) -> str:
    """The state or organisation a role names first, in the label language."""
    if not role:
        return ""
    _, matches = gazetteer(lang or "en").find_between(role, 0, len(role))
    for match in sorted(matches, key=lambda m: m.first):
        code, kind, _ = match.entry.value
        if code and kind in SIDE_KINDS:
            return labels.partner(code, display_names().get(code, ("", code))[1])
    return ""


STEM_CHARS = 5
"""A one-word cue this long or longer is a stem ("встреч" in "встречи"); shorter ones are
whole words ("met" is not "method")."""


def _says(sentence: str, cues: frozenset[str]) -> bool:
    """Whether the (lower-case) sentence holds one of the cues."""
    words = _words(sentence)
    for cue in cues:
        if " " in cue:
            if cue in sentence:
                return True
        elif len(cue) >= STEM_CHARS:
            if any(w.startswith(cue) for w in words):
                return True
        elif cue in words:
            return True
    return False


def is_person_name(name: str) -> bool:
    """A name of two words or more, each capitalised, without digits, not ending in a
    lone initial ("Azhar E": a surname cut to its letter)."""
    words = name.split()
    if len(words) < 2 or any(c.isdigit() for c in name):
        return False
    if len(words[-1].strip(".")) < 2:
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in words)


def _repaired(name: str, role: str) -> tuple[str, str]:
    """A role cut before its last word, which went into the name ("Minister of Education
    and" + "Science Zhanseit Tuymebayev"), put back together; then dangling words and
    lone letters trimmed from the role's end ("Посол Казахстана в" → "Посол Казахстана")."""
    dangling = _cues()["dangling"]
    words = role.split()
    names = name.split()
    if words and words[-1].casefold() in {"and", "и"} and len(names) >= 3:
        role, name = f"{role} {names[0]}", " ".join(names[1:])
        words = role.split()
    while words and (words[-1].casefold().strip(".") in dangling
                     or len(words[-1].strip(".")) == 1):
        words.pop()
    return name, " ".join(words)


def _is_byline(record: Record, person: Person) -> bool:
    """Every line naming the person is the name alone, or the name with a byline word
    ("CGTN's X reports.", "Follow X on Twitter", "автор — X")."""
    cues = _cues()["byline"]
    if not person.evidence:
        return False
    for span in person.evidence:
        line = _line_around(record.text, span.start, span.end)
        rest = (line[: span.start - line_start(record.text, span.start)]
                + " " + line[span.end - line_start(record.text, span.start):])
        words = _words(rest)
        if len(words) > 4 or (words and not any(w in cues for w in words)):
            return False
    return True


def line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` starts."""
    return text.rfind("\n", 0, offset) + 1


def _line_around(text: str, start: int, end: int) -> str:
    right = text.find("\n", end)
    return text[line_start(text, start): right if right != -1 else len(text)]


def _sentence_around(text: str, sentences: list[tuple[int, int]], offset: int) -> str:
    """The sentence holding ``offset``, as the sentence splitter cut it (a full stop after
    "Dr", "U.S." or "т. е." ends none); the line when no sentence holds it (a title)."""
    for start, end in sentences:
        if start <= offset < end:
            return text[start:end]
    return _line_around(text, offset, offset)
