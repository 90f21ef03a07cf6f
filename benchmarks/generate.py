"""Write realistic synthetic documents for the benchmarks.

Three kinds (embassy notes, news items, academic abstracts) in five formats
(txt, md, html, json, docx), built from templates and the small vocabularies
below with varied partners, themes, names, dates and figures. The data is
invented for this generator; nothing is copied from the gold sets.

    python benchmarks/generate.py OUT_DIR --count 1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
from collections.abc import Callable
from pathlib import Path

PARTNERS = [
    ("Italy", "Italian", "Rome"), ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
    ("Japan", "Japanese", "Tokyo"), ("Turkey", "Turkish", "Ankara"), ("Poland", "Polish", "Warsaw"),
    ("Egypt", "Egyptian", "Cairo"), ("Brazil", "Brazilian", "Brasília"),
    ("Uzbekistan", "Uzbek", "Tashkent"), ("Hungary", "Hungarian", "Budapest"),
    ("the Republic of Korea", "Korean", "Seoul"), ("Spain", "Spanish", "Madrid"),
    ("India", "Indian", "New Delhi"), ("Mongolia", "Mongolian", "Ulaanbaatar"),
]
THEMES = {
    "culture": ["an exhibition of applied art", "a festival of national cinema", "a concert of "
                "folk music", "Days of Culture", "a theatre tour"],
    "education": ["a joint master's programme", "student exchanges", "a summer school",
                  "scholarships for undergraduate students", "a double degree programme"],
    "science": ["joint research in seismology", "a laboratory for materials science",
                "an archaeological expedition", "a conference on climate research"],
    "tourism": ["direct flights for tourists", "a tourism roadshow", "visa-free travel"],
    "health": ["training for surgeons", "a telemedicine project", "vaccine research"],
    "sport": ["a youth football tournament", "training camps for wrestlers"],
    "media": ["a media forum", "an exchange of journalists", "a documentary film"],
}
FIRST = ["Aigerim", "Nurlan", "Marco", "Claire", "Hans", "Yuki", "Mehmet", "Anna", "Daniyar",
         "Sofia", "Ahmed", "Lucas", "Bolat", "Gulnara", "Piotr", "Elena", "Arman", "Min-jun"]
LAST = ["Sadykova", "Bekov", "Rossi", "Dubois", "Weber", "Tanaka", "Yilmaz", "Kowalska",
        "Zhakupov", "Garcia", "Hassan", "Silva", "Omarov", "Nagy", "Tsend", "Kim", "Ivanova"]
ROLES = ["Ambassador of Kazakhstan to {country}", "Minister of Culture and Information",
         "Rector of the National University", "Deputy Minister of Foreign Affairs",
         "Director of the State Museum", "Head of the {adj} Cultural Centre"]
ORGS = ["Al-Farabi Kazakh National University", "the National Academy of Sciences",
        "the Ministry of Education", "the {adj} Institute of Oriental Studies",
        "the State Philharmonic", "the University of {capital}", "the Kazakh Tourism agency"]
SIGNED = ["signed a memorandum of understanding on", "agreed to expand cooperation in",
          "discussed prospects for", "launched a programme of"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _person(rng: random.Random, country: str, adj: str) -> str:
    role = rng.choice(ROLES).format(country=country, adj=adj)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}, {role}"


def _date(rng: random.Random) -> dt.date:
    return dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))


def _long(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _paragraphs(rng: random.Random, count: int) -> tuple[str, list[str], dt.date, str]:
    country, adj, capital = rng.choice(PARTNERS)
    themes = rng.sample(sorted(THEMES), k=rng.randint(1, 3))
    day = _date(rng)
    paras = []
    for i in range(count):
        theme = themes[i % len(themes)]
        org = rng.choice(ORGS).format(adj=adj, capital=capital)
        people = _person(rng, country, adj)
        paras.append(
            f"On {_long(day + dt.timedelta(days=i * 3))} in {capital}, {people}, met "
            f"representatives of {org}. The sides {rng.choice(SIGNED)} "
            f"{rng.choice(THEMES[theme])}. More than {rng.randint(2, 90) * 10} participants from "
            f"Kazakhstan and {country} took part, and {rng.randint(3, 40)} "
            f"{adj} students received grants in {day.year}. The parties noted that "
            f"{rng.choice(THEMES[theme])} would continue until "
            f"{_long(day + dt.timedelta(days=400))}."
        )
    title = f"Kazakhstan and {country}: {rng.choice(THEMES[themes[0]])}"
    return title, paras, day, country


def embassy_note(rng: random.Random) -> tuple[str, str, dt.date]:
    _, paras, day, country = _paragraphs(rng, rng.randint(5, 9))
    head = f"Cultural and humanitarian cooperation between Kazakhstan and {country}"
    return head, "\n\n".join(paras), day


def news(rng: random.Random) -> tuple[str, str, dt.date]:
    title, paras, day, _ = _paragraphs(rng, rng.randint(4, 7))
    return title, f"{_long(day)}\n\n" + "\n\n".join(paras), day


def academic(rng: random.Random) -> tuple[str, str, dt.date]:
    _, paras, day, country = _paragraphs(rng, rng.randint(3, 5))
    abstract = (
        f"Abstract. The article examines cultural diplomacy between Kazakhstan and {country} "
        f"in {day.year - 10}-{day.year}. The aim of the study is to assess the results of "
        f"{rng.choice(THEMES['education'])}. Methods: content analysis of "
        f"{rng.randint(50, 400)} official documents and interviews."
    )
    keywords = "Keywords: cultural diplomacy; soft power; Kazakhstan; " + country
    return f"Cultural diplomacy of Kazakhstan in {country}", "\n\n".join(
        [abstract, keywords, *paras]), day


KINDS: list[Callable[[random.Random], tuple[str, str, dt.date]]] = [embassy_note, news, academic]


def write_document(folder: Path, index: int, rng: random.Random) -> Path:
    """One document of a kind and format chosen by the index; returns its path."""
    title, body, day = KINDS[index % 3](rng)
    fmt = ("txt", "md", "html", "json", "docx")[index % 5]
    path = folder / f"doc{index:05d}.{fmt}"
    WRITERS[fmt](path, title, body, day)
    return path


def _txt(path: Path, title: str, body: str, day: dt.date) -> None:
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def _md(path: Path, title: str, body: str, day: dt.date) -> None:
    path.write_text(f"# {title}\n\n*{day.isoformat()}*\n\n{body}\n", encoding="utf-8")


def _html(path: Path, title: str, body: str, day: dt.date) -> None:
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n"))
    path.write_text(
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(title)}"
        f"</title><meta property='article:published_time' content='{day.isoformat()}'></head>"
        f"<body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article><h1>"
        f"{html.escape(title)}</h1>\n{paras}</article><footer>© Press service</footer>"
        f"</body></html>\n",
        encoding="utf-8",
    )


def _json(path: Path, title: str, body: str, day: dt.date) -> None:
    data = {"title": title, "published": day.isoformat(), "text": body,
            "url": f"https://example.org/news/{path.stem}"}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _docx(path: Path, title: str, body: str, day: dt.date) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for para in body.split("\n\n"):
        document.add_paragraph(para)
    document.save(str(path))


WRITERS: dict[str, Callable[[Path, str, str, dt.date], None]] = {
    "txt": _txt, "md": _md, "html": _html, "json": _json, "docx": _docx,
}


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` documents in ``folder`` (created), reproducible for a seed."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    return [write_document(folder, i, rng) for i in range(count)]


def main() -> None:
    """Command line: python benchmarks/generate.py OUT_DIR --count N."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.folder, args.count, args.seed)
    print(f"wrote {len(paths)} documents to {args.folder}")


if __name__ == "__main__":
    main()
