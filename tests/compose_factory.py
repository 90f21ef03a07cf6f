"""Records built by hand for the composition and rendering tests (and the render benchmark).

Briefings are tested against the schema, not against today's extraction
quality: every record here is made from sentences whose evidence spans are
exact (``record.text[start:end] == evidence.text``), like a real parse.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from briefing.schema.record import (
    Agreement,
    DateMention,
    DateValue,
    Event,
    Evidence,
    Figure,
    Partner,
    Person,
    Record,
    Source,
    Statement,
    Summary,
    Theme,
)


@dataclass
class TextBuilder:
    """Cleaned text assembled sentence by sentence, handing out exact spans."""

    parts: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, sentence: str) -> Evidence:
        start = self.length
        self.parts.append(sentence + " ")
        self.length += len(sentence) + 1
        return Evidence(start=start, end=start + len(sentence), text=sentence)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def day(value: str) -> DateValue:
    """A day-precision date value from ISO text."""
    date = dt.date.fromisoformat(value)
    return DateValue(value=value, precision="day", start=date, end=date)


ORGANISATIONS = {"EU", "UNESCO", "CIS", "UN"}
"""Partner codes of the test records that are international organisations."""


def make_record(
    *,
    title: str = "Days of culture held",
    partners: tuple[tuple[str, str], ...] = (("IT", "Italy"),),
    themes: dict[str, list[str]] | None = None,
    published: str | None = "2024-07-10",
    events: tuple[tuple[str, str | None], ...] = (),
    agreements: tuple[tuple[str, str | None], ...] = (),
    figures: tuple[tuple[float, str, str, int | None], ...] = (),
    people: tuple[tuple[str, str | None], ...] = (),
    assessments: tuple[str, ...] = (),
    recommendations: tuple[str, ...] = (),
    summary: str | None = None,
    kind: str = "news",
    path: str = "docs/a.txt",
    url: str | None = None,
    duplicate_group: str | None = None,
    status: str = "ok",
) -> Record:
    """A record whose every item is grounded in its own text."""
    text = TextBuilder()
    title_span = text.add(title)
    theme_items = [Theme(id=key, evidence=[text.add(s) for s in sentences])
                   for key, sentences in (themes if themes is not None else {
                       "culture": [f"{title}: the event was held in Rome with many guests."]}
                   ).items()]
    dates, event_items = [], []
    for what, when in events:
        span = text.add(what)
        value = day(when) if when else None
        event_items.append(Event(what=what, when=value, evidence=[span]))
        if value is not None:
            dates.append(DateMention(date=value, evidence=[span]))
    return Record(
        id=f"{abs(hash((title, path))):016x}"[:16], source=Source(path=path, url=url),
        status=status, kind=kind, lang="en", title=title, title_evidence=[title_span],  # type: ignore[arg-type]
        published=dt.date.fromisoformat(published) if published else None,
        partners=[Partner(code=c, name=n, evidence=[text.add(f"Cooperation with {n}.")],
                          type="organisation" if c in ORGANISATIONS else "state")
                  for c, n in partners],
        themes=theme_items, dates=dates, events=event_items,
        agreements=[Agreement(name=n, signed=day(s) if s else None, parties=["Kazakhstan"],
                              evidence=[text.add(f"They signed the {n}.")])
                    for n, s in agreements],
        figures=[Figure(value=v, text=t, what=w, year=y, evidence=[text.add(f"{t} {w}.")])
                 for v, t, w, y in figures],
        people=[Person(name=n, role=r, evidence=[text.add(f"{n} spoke.")]) for n, r in people],
        assessments=[Statement(text=s, type="problem", evidence=[text.add(s)])
                     for s in assessments],
        recommendations=[Statement(text=s, type="recommendation", evidence=[text.add(s)])
                         for s in recommendations],
        summary=Summary(text=summary, evidence=[text.add(summary)]) if summary else None,
        duplicate_group=duplicate_group, text=text.text,
    )


PARTNERS = [("IT", "Italy"), ("DE", "Germany"), ("FR", "France"), ("PL", "Poland"),
            ("AM", "Armenia"), ("AZ", "Azerbaijan"), ("TR", "Türkiye"), ("CN", "China"),
            ("KR", "Republic of Korea"), ("JP", "Japan"), ("US", "United States"),
            ("GB", "United Kingdom"), ("EU", "European Union"), ("UNESCO", "UNESCO"),
            ("UZ", "Uzbekistan"), ("KG", "Kyrgyzstan"), ("HU", "Hungary"), ("IN", "India")]
THEMES = ["culture", "education", "science", "health", "media", "tourism", "sport", "youth",
          "diaspora", "religion", "language"]
WORDS = (
    "exhibition", "festival", "university", "scholarship", "museum", "concert", "delegation",
    "forum", "programme", "translation", "heritage", "students", "teachers", "researchers",
    "Абай", "қазақ", "әдебиеті", "ұлттық", "өнер", "үйі", "Ғылым", "һәм", "білім", "маңызды",
    "ғасыр",
)


def sentence(rng: random.Random, words: int = 18) -> str:
    """A plausible sentence of cooperation vocabulary (Latin, Cyrillic and Kazakh letters)."""
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return f"The sides discussed {body}."


def generated_records(count: int, seed: int = 7) -> list[Record]:
    """``count`` varied records: partners, themes, events, tables, duplicates."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        year, month, dday = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
        published = dt.date(year, month, dday)
        later = (published + dt.timedelta(days=rng.randint(-60, 120))).isoformat()
        records.append(make_record(
            title=f"Story {index}: {sentence(rng, 6)[20:]}",
            partners=tuple(rng.sample(PARTNERS, rng.choice((1, 1, 1, 2)))),
            themes={t: [sentence(rng) for _ in range(rng.randint(1, 3))]
                    for t in rng.sample(THEMES, rng.randint(1, 3))},
            published=published.isoformat() if rng.random() > 0.05 else None,
            events=((f"Event {index} with {sentence(rng, 5)[20:]}", later),)
            if rng.random() < 0.4 else (),
            agreements=((f"Memorandum {index} on cooperation", published.isoformat()),)
            if rng.random() < 0.15 else (),
            figures=((float(rng.randint(5, 5000)), "more than 120", "students", year),)
            if rng.random() < 0.2 else (),
            people=((f"Person {index % 50}", "Ambassador"),) if rng.random() < 0.3 else (),
            assessments=(sentence(rng, 10),) if rng.random() < 0.1 else (),
            recommendations=(sentence(rng, 10),) if rng.random() < 0.1 else (),
            kind=rng.choice(("news", "news", "embassy_note", "academic")),
            path=f"archive/{index:04d}.txt", url=f"https://example.org/n/{index}",
            duplicate_group=f"dup{index // 2}" if index % 40 in (0, 1) else None,
        ))
    return records
