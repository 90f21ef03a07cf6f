"""Build ``gazetteer.<lang>.tsv`` and ``names.tsv`` from pycountry and the hand-written lists.

Run from the repository root after editing a hand-written list or upgrading
pycountry::

    .venv/bin/python tools/data/build_gazetteer.py

Every form is cut into words and normalised exactly as the extractor
normalises text (:func:`briefing.extract.text.matcher.normal_form`: lower case,
or the pymorphy3 lemma for Russian), so that "Федеративной Республики
Германия" in a text meets the stored lemmas "федеративный республика
германия". ``tests/extract/topics/test_partners_data.py`` rebuilds the files in memory and
fails when the committed ones are stale.
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pycountry

from briefing.extract.text.matcher import case_of, normal_form

OUT = Path(__file__).resolve().parents[2] / "src" / "briefing" / "data" / "partners"
LANGS = ("en", "ru")
_WORD = re.compile(r"[^\W\d_]+")
# Russian adjectives in -ский/-цкий give the first part of compounds: германский -> германско-.
_COMPOUND = re.compile(r"(?:ск|цк)ий$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# Latin letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ß": "ss"})

Row = tuple[str, str, str, str]  # code, kind, form, flags


def _hand_rows(name: str) -> Iterator[list[str]]:
    path = OUT / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _pycountry_rows(lang: str) -> Iterator[Row]:
    translate = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
    ).gettext
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            form = getattr(country, attr, None)
            if form and "," not in form:
                form = translate(form) if lang != "en" else form
                if "," not in form and "\n" not in form:
                    for variant in _spellings(form, lang):
                        yield country.alpha_2, "name", variant, ""


def gazetteer_rows(lang: str) -> Iterator[Row]:
    for code, kind, form, *flags in _hand_rows(f"states.{lang}.tsv"):
        yield code, kind, form, "".join(flags)
        if lang == "ru" and kind == "adj" and _COMPOUND.search(form):
            yield code, "compound", form[:-2] + "о", "".join(flags)
    yield from _pycountry_rows(lang)
    for code, form in _hand_rows(f"variants.{lang}.tsv"):
        yield code, "name", form, ""
    yield from _historic_rows(lang)
    for code, kind, form, *flags in _hand_rows(f"organisations.{lang}.tsv"):
        yield code, kind, form, "".join(flags)
    for (form,) in _hand_rows(f"regions.{lang}.tsv"):
        yield "", "region", form, ""
    for role, form in _hand_rows(f"context.{lang}.tsv"):
        yield "", role, form, ""
    yield from _subdivision_rows(lang)


def _historic_rows(lang: str) -> Iterator[Row]:
    """Names of former states (ISO 3166-3) whose territory is now one state: "Zaire" -> CD.

    The last two letters of an ISO 3166-3 code name the successor; ``HH`` (split
    between several states) and a successor that is itself historic give no row.
    """
    translate = _translation("iso3166-3", lang)
    current = {country.alpha_2 for country in pycountry.countries}
    for country in pycountry.historic_countries:
        successor = country.alpha_4[2:]
        if successor not in current:
            continue
        name = translate(country.name) if lang != "en" else country.name
        if lang != "en" and not _CYRILLIC.search(name):
            continue  # untranslated: the English gazetteer's Latin form stands
        for form in _plain_forms(name):
            yield successor, "name", form, ""


def _subdivision_rows(lang: str) -> Iterator[Row]:
    """States, provinces and nations of a country (ISO 3166-2, first level) as places of it.

    Only the types listed in ``subdivisions.tsv``; a name shared by subdivisions of
    two countries, or made only of compass and landform words, is left out. A
    one-word name is also a town, a person's or a team's name: it is marked
    ambiguous and counts only beside the home country or its own country.
    """
    settings = list(_hand_rows("subdivisions.tsv"))
    types = {value for key, value in settings if key == "type"}
    generic = {value for key, value in settings if key == "generic"}
    translate = _translation("iso3166-2", lang)
    owners: dict[str, set[str]] = {}
    for place in pycountry.subdivisions:
        if place.parent_code is None and place.type in types:
            for name in _local_names(place.name, translate, lang):
                for form in _plain_forms(name):
                    for variant in _spellings(form, lang):
                        owners.setdefault(variant, set()).add(place.country_code)
    for form, codes in owners.items():
        words = _WORD.findall(form)
        if len(codes) > 1 or all(_normal(word, lang) in generic for word in words):
            continue
        flags = "ambiguous" if len(words) == 1 else ""
        yield codes.pop(), "subdivision", form, flags


def _spellings(form: str, lang: str) -> list[str]:
    """``form``, and in English also without its diacritics, as English texts mostly
    write it ("Côte d'Ivoire" and "Cote d'Ivoire", "İstanbul" and "Istanbul",
    "Tamil Nādu" and "Tamil Nadu"). Other scripts keep theirs ("й" is a letter)."""
    if lang != "en":
        return [form]
    decomposed = unicodedata.normalize("NFKD", form.translate(_LETTERS))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return [form] if plain == form else [form, plain]


def _local_names(name: str, translate: Callable[[str], str], lang: str) -> list[str]:
    """The names of an ISO entry for ``lang``: in English the ISO name and its English
    translation ("Bayern", "Bavaria"); in Russian the translation, when there is one."""
    translated = [part.strip() for part in translate(name).split(" / ")]
    if lang == "en":
        return [name, *(part for part in translated if part != name)]
    return [part for part in translated if _CYRILLIC.search(part)]


def _normal(word: str, lang: str) -> str:
    """A word as the generic list holds it: lower case, or its lemma in Russian
    ("Тирана" is read as "тиран", a common word)."""
    return normal_form(word, lang) if lang != "en" else word.lower()


def _plain_forms(name: str) -> list[str]:
    """The names an ISO entry stands for: "Wales [Cymru GB-CYM]" -> Wales;
    "Catalunya [Cataluña]" -> both; "Zaire, Republic of" -> Zaire, Republic of Zaire."""
    bracket = re.search(r"\[([^\]]*)\]", name)
    main = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    forms = []
    head, _, tail = main.partition(",")
    forms.append(head.strip())
    if tail.strip().endswith(" of"):
        forms.append(f"{tail.strip()} {head.strip()}")
    if bracket and not re.search(r"[A-Z]{2}-", bracket.group(1)):
        forms.append(bracket.group(1).strip())
    return [form for form in forms if len(form) > 3]


def _translation(domain: str, lang: str) -> Callable[[str], str]:
    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True
    ).gettext


def _key(form: str, lang: str) -> str:
    words = _WORD.findall(form)
    tail = "*" if form.endswith("*") else ""
    return " ".join(normal_form(word, lang) for word in words) + tail


def gazetteer_lines(lang: str) -> list[str]:
    """The lines of ``gazetteer.<lang>.tsv``: code, kind, flags, case, normalised words."""
    # A subdivision's own flag does not make a state's form of the same words ambiguous.
    ambiguous = {
        (code, _key(form, lang))
        for code, kind, form, flags in gazetteer_rows(lang)
        if flags and kind != "subdivision"
    }
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for code, kind, form, own_flags in gazetteer_rows(lang):
        key = _key(form, lang)
        case = case_of(form)
        if not key or (key, case) in seen:
            continue
        seen.add((key, case))
        flags = "ambiguous" if (code, key) in ambiguous or own_flags else ""
        lines.append("\t".join((code, kind, flags, case, key)))
    return ["# generated by build_gazetteer.py: code, kind, flags, case, normalised words", *lines]


def names_lines() -> list[str]:
    """The lines of ``names.tsv``: code, type, English display name."""
    lines = ["# generated by build_gazetteer.py: code, type, display name"]
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        lines.append(f"{country.alpha_2}\tstate\t{name}")
    shown: set[str] = set()
    for code, kind, form, *_ in _hand_rows("organisations.en.tsv"):
        if kind == "org" and code not in shown:
            shown.add(code)
            lines.append(f"{code}\torganisation\t{form}")
    return lines


def main() -> int:
    for lang in LANGS:
        text = "\n".join(gazetteer_lines(lang)) + "\n"
        (OUT / f"gazetteer.{lang}.tsv").write_text(text, encoding="utf-8")
    (OUT / "names.tsv").write_text("\n".join(names_lines()) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
