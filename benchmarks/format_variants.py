"""Score the same documents as plain text, a web page, a Word file and a PDF.

Each document of a gold set (``../shared/corpus/en/gold.jsonl`` and the like)
is written in three more formats, the way such documents reach an analyst:

- ``html``: a news page with a menu, a current-date banner, the article, a
  block of related news (with their own dates and other countries) and a
  copyright footer;
- ``docx``: paragraphs written by python-docx with its default template (whose
  core properties say the file was created on 2013-12-23);
- ``pdf``: the article typeset by WeasyPrint.

The text is the document's own, line for line: the first line becomes the
headline, every other line a paragraph. The gold entries are copied with
``file`` re-pointed to the new files, and ``score.py`` scores each format, so
each format can be compared with the plain text.

    python benchmarks/format_variants.py ../shared/corpus/en/gold.jsonl [--keep DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FORMATS = ("txt", "html", "docx", "pdf")
# The scorer beside the checkout (``../shared``, as the Makefile has it).
SCORE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
FIELDS = ("kind", "published", "partners", "themes", "people")

_MENU = {
    "en": ["Home", "News", "Politics", "Economy", "Culture", "Regions", "About us", "Contacts"],
    "ru": ["Главная", "Новости", "Политика", "Экономика", "Культура", "Регионы", "О нас"],
}
_BANNER = {"en": "Monday, 7 October 2024", "ru": "Понедельник, 7 октября 2024"}
_RELATED_HEAD = {"en": "Related news", "ru": "Читайте также"}
_RELATED = {
    "en": [
        ("Japan and Kazakhstan discuss direct flights for tourists", "3 February 2022"),
        ("A festival of Brazilian cinema opens in Almaty", "18 May 2021"),
        ("Students from Egypt win the robotics olympiad", "11 November 2020"),
    ],
    "ru": [
        ("Япония и Казахстан обсудили прямые авиарейсы для туристов", "3 февраля 2022"),
        ("В Алматы открылся фестиваль бразильского кино", "18 мая 2021"),
        ("Студенты из Египта победили на олимпиаде по робототехнике", "11 ноября 2020"),
    ],
}
_FOOTER = {
    "en": "© 2016–2024 News Agency. All rights reserved. Reproduction only with a link.",
    "ru": "© 2016–2024 Информационное агентство. Все права защищены.",
}


def lines_of(text: str) -> tuple[str, list[str]]:
    """The headline (first non-empty line) and the paragraphs (every other non-empty line)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (lines[0] if lines else ""), lines[1:]


def web_page(text: str, lang: str) -> str:
    """The document as a news page with menus, a date banner, related news and a footer."""
    lang = lang if lang in _MENU else "en"
    title, paragraphs = lines_of(text)
    menu = "".join(f'<li><a href="/{n}">{html.escape(item)}</a></li>' for n, item in
                   enumerate(_MENU[lang]))
    related = "".join(
        f'<li><a href="/news/{n}">{html.escape(head)}</a> <span class="date">{date}</span></li>'
        for n, (head, date) in enumerate(_RELATED[lang], 1)
    )
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)} | News Agency</title>
</head><body>
<header><div class="banner">{_BANNER[lang]}</div><nav><ul>{menu}</ul></nav></header>
<main><article><h1>{html.escape(title)}</h1>
{body}
</article>
<aside class="related"><h2>{_RELATED_HEAD[lang]}</h2><ul>{related}</ul></aside></main>
<footer><p>{_FOOTER[lang]}</p></footer>
</body></html>
"""


def write_docx(text: str, path: Path) -> None:
    """The document as a Word file made with python-docx's default template."""
    import docx

    title, paragraphs = lines_of(text)
    document = docx.Document()
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))


def write_pdf(text: str, path: Path, lang: str) -> None:
    """The document typeset by WeasyPrint (headline and paragraphs, nothing else)."""
    import weasyprint

    title, paragraphs = lines_of(text)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><style>body {{ font-family: '
        f'"DejaVu Serif"; font-size: 11pt; }}</style></head><body><h1>{html.escape(title)}</h1>'
        f"{body}</body></html>"
    )
    weasyprint.HTML(string=page).write_pdf(str(path))


def write_variant(text: str, fmt: str, path: Path, lang: str) -> None:
    """``text`` written as ``fmt`` at ``path``."""
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
    elif fmt == "html":
        path.write_text(web_page(text, lang), encoding="utf-8")
    elif fmt == "docx":
        write_docx(text, path)
    elif fmt == "pdf":
        write_pdf(text, path, lang)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def make_variants(gold_path: Path, out: Path, formats: tuple[str, ...]) -> dict[str, Path]:
    """Every format of every gold document under ``out``, with a gold file each."""
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    golds: dict[str, Path] = {}
    for fmt in formats:
        folder = out / fmt
        folder.mkdir(parents=True, exist_ok=True)
        entries = []
        for row in rows:
            text = (gold_path.parent / row["file"]).read_text(encoding="utf-8")
            name = f"{Path(row['file']).stem}.{fmt}"
            write_variant(text, fmt, folder / name, row.get("lang", "en"))
            entries.append(json.dumps({**row, "file": name}, ensure_ascii=False))
        golds[fmt] = folder / "gold.jsonl"
        golds[fmt].write_text("\n".join(entries) + "\n", encoding="utf-8")
    return golds


def score(gold: Path, cli: str, scorer: Path) -> dict[str, str]:
    """score.py's summary line for one gold file, as field -> value."""
    proc = subprocess.run(
        [sys.executable, str(scorer), str(gold), "--cli", cli],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-2000:])
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    return dict(part.split("=", 1) for part in last.split() if "=" in part)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--cli", default=".venv/bin/briefing parse --no-cache")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--score", type=Path, default=SCORE, help="the scorer (score.py)")
    ap.add_argument("--keep", type=Path, help="write the variants here and keep them")
    args = ap.parse_args()
    formats = tuple(args.formats.split(","))
    temp = None if args.keep else tempfile.mkdtemp(prefix="variants-")
    root = args.keep or Path(str(temp))
    try:
        print(f"{'set':<14}{'format':<8}" + "".join(f"{f:>11}" for f in FIELDS))
        for gold in args.gold:
            name = gold.parent.name
            golds = make_variants(gold, root / name, formats)
            for fmt in formats:
                found = score(golds[fmt], args.cli, args.score)
                print(f"{name:<14}{fmt:<8}" + "".join(f"{found.get(f, '-'):>11}" for f in FIELDS),
                      flush=True)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
