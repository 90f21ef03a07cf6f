"""Russian personal names in the nominative case.

"встреча с Адилем Керимли" gives "Адиль Керимли", "министра Аскара
Жумагалиева" gives "Аскар Жумагалиев". The parts of a name agree in case
and gender, so the case and gender are chosen for the whole name from the
Name/Surn/Patr parses of all its words, then each word that has such a parse
is put in the nominative. Words pymorphy3 cannot place (Kazakh "-ұлы"
names, foreign indeclinable surnames) stay as written; other unknown words
lose the regular ending of the chosen case (``data/people/name_endings.ru.tsv``).

The context tells the case: the role noun a name stands beside (or the person
noun that heads it: "заместитель министра", "супруга посла"), the preposition
before it (``prepositions.ru.tsv``), the word before a list of names ("о Шокане
Уалиханове и Абае Кунанбаеве"), a verb of speech ("как отметила ..."). The
gender comes from a patronymic, a surname of one gender, or the given name;
a guess for an unknown given name is checked against the given-name list
("Ерлану": Erlan). East Asian names keep the family name as written and
decline only their last syllable ("с Ким Дэ Сиком").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from briefing import datafiles
from briefing.extract.text import morph
from briefing.extract.text.lexicons import (
    east_asian_family_names,
    given_names,
    patronymic_words,
    roles,
    word_set,
    word_table,
    word_table_rows,
)

_NAME_TAGS = ("Name", "Surn", "Patr")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_GUESS_TRUST = 0.1  # the score a guessed reading of an unknown word needs to count
# the score a given name's reading needs for its gender to bind the name's other words
# where the word before governs a case (after "работ", a guess for an unknown Kazakh
# name, "Абылхана" as a woman's nominative at 0.2, does not)
_GENDER_TRUST = 0.5
# the share of a last word's readings that must be surnames of one gender for that gender to
# bind the name ("Махамбетовой": a quarter of its readings are adjectives)
_SURNAME_GENDER_TRUST = 0.3
# what the case the word before governs adds to a reading in that case, for each word
# ("работ Абылхана Кастеева": genitive, not a woman's nominative)
_HINT_WEIGHT = 1.0
# the score a reading of a noun before a role needs to make the noun the head of the role
# ("супруга посла"; a rarer animate reading of a common word does not count)
_PERSON_TRUST = 0.2
# letters that stay before a case ending read off a name the analyser does not know:
# a shorter word is taken as written ("Су", "Ли")
_MIN_STEM = 3
# the same for the syllables of an East Asian name ("Юн Сок Ёля", "Ким Чен Ына")
_MIN_SYLLABLE_STEM = 2
_ALL_VOWELS = frozenset("аеёиоуыэюяәөұүі")
_LOOKBACK = 80  # characters searched back for the role noun a name stands beside
# Proper nouns: a name after one stands beside a role phrase, no noun governs its case.
_PROPER = frozenset({"Geox", "Orgn", "Name", "Surn", "Patr", "Trad"})
_MAX_WORDS_BACK = 8
# A word, or a mark that ends the walk back; "\s*": a source may have lost the space
# ("работыЕржана").
_WORD_OR_MARK = re.compile(r"[а-яёА-ЯЁa-zA-Z0-9-]+|[^\sа-яёА-ЯЁa-zA-Z0-9-]")


@dataclass(frozen=True, slots=True)
class NameCase:
    """The cases the context allows a name, and whether they are certain.

    Certain when the name stands beside the role noun it names: an apposition
    agrees with it in case ("генеральный директор ЮНЕСКО Одри Азуле" is
    nominative, "с министром спорта Павлом Семеновым" instrumental); the
    role noun's own readings give the cases ("главы": genitive or nominative).
    """

    cases: tuple[str, ...]
    sure: bool
    locative: bool = True
    """Whether a preposition that takes the prepositional case stands right before the
    name ("о Сауле"); without one no name is in that case ("выступила Сауле Омарова")."""
    nominative: bool = True
    """Whether the name may be in the nominative: not right after a preposition
    ("об Анне Шмидт" is "Анна Шмидт")."""


def nominative_name(words: list[str], hint: NameCase | None = None) -> list[str]:
    """The words of one name, each in the nominative where the analysis is sure.

    ``hint`` gives the cases the context allows (see :func:`case_hint`): when
    they are certain, the name is read in one of them; otherwise the first
    decides only a tie, or the case of a name no word of which the analyser
    knows.
    """
    if hint is None:
        return list(_nominative(tuple(words), (), sure=False))
    return list(
        _nominative(
            tuple(words),
            hint.cases,
            sure=hint.sure,
            locative=hint.locative,
            nominative=hint.nominative,
        )
    )


def case_hint(text: str, start: int) -> NameCase:
    """The case of a name at ``start``: the case of the role noun it stands beside,
    found by walking back over the role's complements ("министром культуры
    Азербайджана Адилем"); else the case the word right before governs ("с"
    gives the instrumental, "г-ном" its own case), not certain."""
    words = _WORD_OR_MARK.findall(text, max(0, start - _LOOKBACK), start)[-_MAX_WORDS_BACK:]
    list_head = _list_head(words)
    if list_head is not None:  # "о Шокане Уалиханове и Абае": the words before the list govern
        words = words[: list_head + 1]
    if words and words[-1].lower() in _speech_verbs():
        # "как отметила Наргиз Абдуллаева": the name is the speaker, in the nominative
        return NameCase(cases=("nomn",), sure=True, locative=False)
    locative = bool(words) and words[-1].lower() in _locative_prepositions()
    nominative = not (words and _preposition(words[-1].lower()))
    for index, word in enumerate(reversed(words)):
        lower = word.lower()
        role_cases = _role_cases(lower)
        if role_cases:
            head = _head_role(words[: len(words) - 1 - index])
            return NameCase(
                cases=head or role_cases, sure=True, locative=locative, nominative=nominative
            )
        if index == 0 and lower in ("с", "со"):
            break
        if not (lower in _through() or word[:1].isupper() or _genitive(lower)):
            break
    governed = _governed_case(words[-1].lower()) if words else None
    return NameCase(
        cases=(governed,) if governed else (),
        sure=False,
        locative=locative,
        nominative=nominative,
    )


@cache
def _speech_verbs() -> frozenset[str]:
    """Verbs of speech ("отметила", "заявил"; ``data/people/speech_verbs.ru.txt``)."""
    return word_set("people", "speech_verbs.ru.txt")


@cache
def _prepositions() -> dict[str, str]:
    """Prepositions and the case a name after one takes (data/people)."""
    return dict(word_table_rows("people", "prepositions.ru.tsv"))


@lru_cache(maxsize=4096)
def _preposition(lower: str) -> bool:
    """The word reads only as a preposition ("с", "об", "для"), after which no name is
    in the nominative."""
    parses = morph.parses(lower)
    return bool(parses) and parses[0].tag.POS == "PREP"


def _head_role(before: list[str]) -> tuple[str, ...]:
    """The cases of the role or person noun right before a role in the genitive, which
    heads the phrase ("заместитель министра Ақмарал Әлназарова", "супруга посла": the
    name agrees with it, not with "министра"); none when no such noun stands there."""
    cases: tuple[str, ...] = ()
    while before and (_role_cases(before[-1].lower()) or _person_cases(before[-1].lower())):
        cases = _role_cases(before[-1].lower()) or _person_cases(before[-1].lower())
        before = before[:-1]
    return cases


@lru_cache(maxsize=4096)
def _person_cases(lower: str) -> tuple[str, ...]:
    """The cases of a lower-case noun of a person that heads a role ("супруга посла",
    "дочь министра"), from its likely readings; none for another word."""
    cases: list[str] = []
    for parse in morph.parses(lower):
        if parse.score < _PERSON_TRUST:
            continue
        if parse.tag.POS == "NOUN" and "anim" in parse.tag and str(parse.tag.case) not in cases:
            cases.append(str(parse.tag.case))
    return tuple(cases)


def _list_head(words: list[str]) -> int | None:
    """Where the word stands that governs a list of names the name ends ("о Шокане
    Уалиханове и Абае": "о"), when the word before the name is "и" after a name;
    None otherwise. The items of a list share their case."""
    index = len(words) - 1
    if index < 2 or words[index].lower() != "и" or not words[index - 1][:1].isupper():
        return None
    index -= 1
    while index >= 0 and words[index][:1].isupper():
        index -= 1
    return index if index >= 0 and words[index][:1].isalpha() else None


@cache
def _through() -> frozenset[str]:
    """Words a role phrase runs through between the role noun and the name ("посол
    Казахстана в Эмиратах", "министр науки и высшего образования"): data/people."""
    rows = datafiles.rows("people", "role_words.ru.tsv")
    return frozenset(row[0] for row in rows if row[1] == "through")


@lru_cache(maxsize=16384)
def _role_cases(lower: str) -> tuple[str, ...]:
    """The cases of a role noun's readings ("министром": ablt), none for another word."""
    table = roles("ru")
    cases: list[str] = []
    for parse in morph.parses(lower):
        case = str(parse.tag.case)
        if str(parse.normal_form) in table and parse.tag.POS == "NOUN" and case not in cases:
            cases.append(case)
    return tuple(cases)


@lru_cache(maxsize=16384)
def _genitive(lower: str) -> bool:
    """Some reading of the word is a genitive (a complement of a role: "культуры")."""
    return any(p.tag.case == "gent" for p in morph.parses(lower))


@lru_cache(maxsize=16384)
def _governed_case(word: str) -> str | None:
    """The case a name takes after ``word``: the case a preposition governs ("с": the
    instrumental, "от": the genitive; ``data/people/prepositions.ru.tsv``); after a
    title ("г-ном", "господина") the title's own case; after any other noun the
    genitive ("творчеству Ахмета", "выставка работ Абылхана", "доклад Ерлана")."""
    governed = _prepositions().get(word)
    if governed:
        return governed
    parses = morph.parses(word)
    if not parses or parses[0].tag.POS != "NOUN" or "Fixd" in parses[0].tag:
        return None  # no noun, or one that does not decline (the letter "и", "ЮНЕСКО")
    if not _PROPER.isdisjoint(parses[0].tag.grammemes):
        return None  # a place or a name ends a role phrase ("артистка Казахстана Бибигуль")
    if "anim" in parses[0].tag:
        return str(parses[0].tag.case)  # a title or a person noun: the name agrees with it
    return "gent"


@lru_cache(maxsize=16384)
def _nominative(
    words: tuple[str, ...],
    cases: tuple[str, ...],
    *,
    sure: bool,
    locative: bool = True,
    nominative: bool = True,
) -> tuple[str, ...]:
    if sure and cases == ("nomn",):
        return words  # beside a role in the nominative: the name is written so
    hint = cases[0] if cases else None
    options = [_name_parses(w) for w in words]
    for index in range(len(words) - 1):
        if words[index + 1] in patronymic_words():
            options[index] = []  # "с Азаматом Исак уулу": the father's name keeps its form
    stem = _MIN_STEM
    if len(words) > 1 and words[0].capitalize() in east_asian_family_names():
        options[0] = []  # "с Ким Дэ Сиком", "с Си Цзиньпином": the family name keeps its form
        stem = _MIN_SYLLABLE_STEM
    if not locative:  # "Сауле" is no "о Сауле" (Саул) without its preposition
        options = [[p for p in parses if p.tag.case != "loct"] for parses in options]
    if not nominative:  # "об Анне Шмидт": no nominative after a preposition
        options = [[p for p in parses if p.tag.case != "nomn"] for parses in options]
    if sure:
        options = [[p for p in parses if p.tag.case in cases] for parses in options]
    known = [_reliable(word, parses) for word, parses in zip(words, options, strict=True)]
    if len(words) > 1 and all("Name" in p.tag and "Surn" not in p.tag for p in options[-1]):
        known[-1] = False  # a surname read only as a given name ("Карину") tells no case
    case, gender = _agreement(
        options, hint, _patronymic_gender(words) or _surname_gender(words, options), known=known
    )
    if case is None and hint not in (None, "nomn"):
        case, gender = hint, gender or _gender_of_ending(words, hint)
    if case in (None, "nomn"):
        return words
    # a surname read in the case ("о Токтогуле Сатылганове") makes the given name before
    # it a declined one, though an unknown "-е" may elsewhere be a foreign name's own
    surname_read = len(words) > 1 and any(
        "Surn" in p.tag and p.tag.case == case for p in options[-1]
    )
    return tuple(
        _inflect(
            word,
            parses,
            case,
            gender,
            stem=stem,
            given=index == 0 and len(words) > 1,
            declined=surname_read and index == 0,
        )
        for index, (word, parses) in enumerate(zip(words, options, strict=True))
    )


def _locative_prepositions() -> dict[str, str]:
    """Prepositions that take the prepositional case, each with its use ("place" for
    "в", "на"; ``data/people/locative_prepositions.ru.tsv``)."""
    return word_table("people", "locative_prepositions.ru.tsv")


def _name_parses(word: str) -> list[Any]:
    if "." in word or not re.search("[а-яё]", word, re.IGNORECASE) or _patronymic(word):
        return []
    parses = [
        p
        for p in morph.parses(word.lower())
        if any(t in p.tag for t in _NAME_TAGS) and p.tag.case in _CASES and "sing" in p.tag
    ]
    if not morph.analyzer().word_is_known(word.lower()):
        # the analyser's guesses for a word it does not know: only the likely ones count
        # ("Гульшара" is no man's name in the genitive), and none of a soft "-ля", "-ся"
        # name the analyser would know ("Такэси" is no case of "Такэся")
        parses = [p for p in parses if p.score >= _GUESS_TRUST and not _soft_stem(p, word)]
        parses = _known_given_lemmas(parses)
    return parses


def _reliable(word: str, parses: list[Any]) -> bool:
    """The word's readings are the dictionary's, or a guessed given name's that the
    given-name list holds ("Ерлану": Erlan)."""
    if morph.analyzer().word_is_known(word.lower()):
        return True
    return any("Name" in p.tag and _listed_given_name(str(p.normal_form)) for p in parses)


def _known_given_lemmas(parses: list[Any]) -> list[Any]:
    """The guessed readings of an unknown word without the given-name readings whose
    lemma the given-name list does not hold, when another's it does ("Ерлану": "Ерлан",
    Erlan, not "Ерлана"; "Куаныша": "Куаныш", not a woman's nominative)."""
    names = {str(p.normal_form) for p in parses if "Name" in p.tag}
    listed = {name for name in names if _listed_given_name(name)}
    if not listed or listed == names:
        return parses
    return [p for p in parses if "Name" not in p.tag or str(p.normal_form) in listed]


@lru_cache(maxsize=16384)
def _listed_given_name(lemma: str) -> bool:
    """The given-name list (Latin) holds the name in one of its romanisations."""
    names = given_names()
    latin = "".join(_latin().get(letter, letter) for letter in lemma)
    variants = {latin, latin.replace("y", "i")}
    return any(variant.capitalize() in names for variant in variants)


@cache
def _latin() -> dict[str, str]:
    """Cyrillic letters and their Latin spelling (``data/people/transliteration.ru.tsv``)."""
    return {
        row[0]: (row[1] if len(row) > 1 else "")
        for row in datafiles.rows("people", "transliteration.ru.tsv")
    }


def _soft_stem(parse: Any, word: str) -> bool:
    """A guessed reading of ``word`` as a case form of a name in a consonant and "-я"."""
    lemma = str(parse.normal_form)
    return (
        len(lemma) > 2
        and lemma.endswith("я")
        and lemma[-2] not in _ALL_VOWELS
        and lemma != word.lower()
    )


def _agreement(
    options: list[list[Any]],
    hint: str | None,
    known_gender: str | None,
    *,
    known: list[bool] | None = None,
) -> tuple[str | None, str | None]:
    """The (case, gender) the name's words agree on best: first the one in which most
    of the words the analyser knows (``known``) have a reading ("письмо Гульмире
    Исимбаевой": the dative of the known "Гульмира", not the genitive that only the
    surname reads; a guess for an unknown word does not count so); then a reading in the
    case the word before governs (``hint``) weighs more, and on a tie that case wins,
    then the nominative ("работы Ержана Сапарова": genitive, not a woman's nominative).

    The gender comes from a Kazakh patronymic or a surname of one gender
    (``known_gender``), else from the given name; a surname's parse counts double,
    because surname endings ("-ова", "-евым") mark the case most reliably.
    """
    score: dict[tuple[str, str], float] = defaultdict(float)
    words_read: dict[tuple[str, str], int] = defaultdict(int)
    trusted = hint in (None, "nomn")  # no case governed: any guess of the given name decides
    given_genders = {
        str(p.tag.gender)
        for p in (options[0] if options else [])
        if "Name" in p.tag and p.tag.gender and (trusted or p.score >= _GENDER_TRUST)
    }
    # the given name binds only when its readings agree ("Алию": Алия or Алий, unbound)
    gender = known_gender or (given_genders.pop() if len(given_genders) == 1 else None)
    for index, parses in enumerate(options):
        best: dict[tuple[str, str], float] = {}
        for p in parses:
            # a name of common gender ("Шалва", "Саша") fits the gender the others tell
            key = (str(p.tag.case), str(p.tag.gender) if p.tag.gender else gender or "masc")
            if gender and key[1] != gender:
                continue
            weight = 2.0 if "Surn" in p.tag else 1.0
            governed = _HINT_WEIGHT if hint not in (None, "nomn") and key[0] == hint else 0.0
            best[key] = max(best.get(key, 0.0), weight * (float(p.score) + 0.5) + governed)
        for key, value in best.items():
            score[key] += value
            words_read[key] += bool(known and known[index])
    if not score:
        return None, gender
    (case, gender), _ = max(
        score.items(),
        key=lambda kv: (words_read[kv[0]], kv[1], kv[0][0] == hint, kv[0][0] == "nomn"),
    )
    return case, gender


def _inflect(
    word: str,
    parses: list[Any],
    case: str,
    gender: str | None,
    *,
    stem: int = 0,
    given: bool = False,
    declined: bool = False,
) -> str:
    match = [
        p
        for p in parses
        if p.tag.case == case and (gender is None or p.tag.gender in (gender, None))
    ]
    if not match:
        return _regular_nominative(
            word, case, gender, stem=stem or _MIN_STEM, given=given, declined=declined
        )
    # a declined reading before one that does not decline: "Анне" is "Анна" when in
    # the dative, "Алию" is "Алия"; "Одри", which only reads so, stays as written
    match.sort(key=lambda p: "Fixd" in p.tag)
    form = match[0].inflect({"nomn", "sing"})
    if not form:
        return word
    written = str(form.word)
    if "ё" not in word.lower():
        written = written.replace("ё", "е")  # the source's spelling ("Семенов") is kept
    return _cased(word, written)


def _regular_nominative(
    word: str,
    case: str,
    gender: str | None,
    *,
    stem: int = 0,
    given: bool = False,
    declined: bool = False,
) -> str:
    """The nominative of a name the analyser does not know, by its regular ending
    (``data/people/name_endings.ru.tsv``); the word as written when none fits, or
    when less than ``stem`` letters would stay before the ending. ``given``: the word
    stands where the given name does; ``declined``: it is known to be in the case, so
    an indeclinable ending does not hold."""
    stem = stem or _MIN_STEM
    if gender is None or _patronymic(word):
        return word
    lower = word.lower()
    if given and gender == "femn" and case in ("datv", "loct") and lower.endswith("е"):
        # "о Шаре": Shara, not "Share", is a given name; "о Сауле": both are, so as written
        nominative = lower[:-1] + "а"
        if _listed_given_name(nominative) and not _listed_given_name(lower):
            return word[:-1] + "а"
    for ending, declined_in in _endings("indeclinable"):
        if not declined and lower.endswith(ending) and case not in declined_in.split(","):
            return word
    for ending, replacement in _regular_endings(case, gender):
        if lower.endswith(ending) and len(word) >= len(ending) + stem:
            return word[: len(word) - len(ending)] + replacement
    return word


def _patronymic(word: str) -> bool:
    """A Kazakh or Kyrgyz patronymic ("Сапарбекұлы", "Ахметқызы"): never declined."""
    return any(word.lower().endswith(ending) for ending, _ in _endings("patronymic"))


def _gender_of_ending(words: tuple[str, ...], case: str) -> str:
    """The gender the endings of a name tell in ``case`` when no reading does: a
    surname in "-ой" outside the nominative is a woman's ("от Сауле Омаровой"; a man's
    "Толстой" is "Толстого" there), and so is a given name in "-ы" or "-и" in the
    genitive ("председателя Джорджи Мелони"; a man's ends in "-а" or "-я"); else a man's."""
    if len(words) > 1 and case != "nomn" and words[-1].lower().endswith("ой"):
        return "femn"
    return "femn" if case == "gent" and words[0][-1:].lower() in ("ы", "и") else "masc"


def _surname_gender(words: tuple[str, ...], options: list[list[Any]]) -> str | None:
    """The gender of a name whose last word has a surname ending of one gender
    ("-овой": ``gendered`` rows of the endings file) or reads as a surname of one
    gender only ("Кенжебаевой", "Уалиханове") in at least :data:`_SURNAME_GENDER_TRUST`
    of its readings: the ending of a Russian-style surname tells the gender more surely
    than the analyser's guess for a Kazakh given name ("Ляззат" is read as a man's name;
    "о Сауле Омаровой" is no "Саул")."""
    if len(options) < 2:
        return None
    last = words[-1].lower()
    for ending, gender in _endings("gendered"):
        if last.endswith(ending):
            return gender
    weight: dict[str, float] = defaultdict(float)
    for parse in options[-1]:
        if "Surn" in parse.tag and parse.tag.gender:
            weight[str(parse.tag.gender)] += float(parse.score)
    if len(weight) != 1:
        return None
    ((gender, total),) = weight.items()
    return gender if total >= _SURNAME_GENDER_TRUST else None


def _patronymic_gender(words: tuple[str, ...]) -> str | None:
    """The gender a patronymic of the name tells ("-ұлы": masc, "-қызы": femn)."""
    for word in words:
        for ending, gender in _endings("patronymic"):
            if word.lower().endswith(ending):
                return gender
    return None


@cache
def _endings(kind: str) -> tuple[tuple[str, str], ...]:
    """(ending, case or gender column) of the rows of one kind of the endings file."""
    found: list[tuple[str, str]] = []
    for row_kind, case, gender, ending, _ in datafiles.rows("people", "name_endings.ru.tsv"):
        if row_kind == kind:
            found.append((ending, case if kind == "indeclinable" else gender))
    return tuple(found)


@cache
def _regular_endings(case: str, gender: str) -> tuple[tuple[str, str], ...]:
    """The regular endings of one case and gender with their nominative, in file order."""
    found: list[tuple[str, str]] = []
    for kind, row_case, row_gender, ending, nominative in datafiles.rows(
        "people", "name_endings.ru.tsv"
    ):
        if kind == "regular" and row_case == case and row_gender == gender:
            found.append((ending, nominative))
    return tuple(found)


def _cased(model: str, word: str) -> str:
    parts = word.split("-")
    originals = model.split("-")
    if len(parts) != len(originals):
        return word[:1].upper() + word[1:]
    return "-".join(
        p[:1].upper() + p[1:] if o[:1].isupper() else p
        for p, o in zip(parts, originals, strict=True)
    )
