"""Fixed labels and date formats per language, read from ``templates/labels/<lang>.toml``.

Labels are data, not code: a language is added by adding a file. They live
with the templates so that a user's copy of the template folder can reword
them too.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from briefing.errors import RenderError
from briefing.schema.record import DateValue


def packaged_templates() -> Path:
    """The template folder shipped inside the package (``briefing.templates``)."""
    return Path(str(resources.files("briefing.templates")))


def template_folder(custom: Path | None) -> Path:
    """The user's template folder when given, else the packaged one."""
    folder = Path(custom) if custom is not None else packaged_templates()
    if not folder.is_dir():
        raise RenderError("the template folder does not exist", path=folder)
    return folder.resolve()


@dataclass(frozen=True)
class Labels:
    """The labels of one language and its way of writing dates."""

    lang: str
    text: dict[str, str]
    dates: dict[str, Any]
    kinds: dict[str, str]
    themes: dict[str, str]
    partners: dict[str, str]
    statuses: dict[str, str]

    def theme(self, theme_id: str) -> str:
        """Display name of a taxonomy theme (the id, capitalised, when unknown)."""
        return self.themes.get(theme_id, theme_id.replace("_", " ").capitalize())

    def partner(self, code: str, name: str) -> str:
        """A partner's name in the label language; ``name`` (from the record) otherwise."""
        if code in self.partners:
            return self.partners[code]
        if self.lang == "en" or len(code) != 2:
            return name
        return _country_name(code, self.lang) or name

    def status(self, status: str | None) -> str:
        """An agreement's status in words ("under negotiation"), never its raw id."""
        if not status:
            return ""
        return self.statuses.get(status, status.replace("_", " "))

    def kind(self, kind: str | None) -> str:
        """Display name of a document kind."""
        return self.kinds.get(kind or "", "")

    def day(self, value: dt.date) -> str:
        """A full date: "14 October 2016", "14 октября 2016 г."."""
        return str(self.dates["day"]).format(
            day=value.day, month_genitive=self.dates["months_genitive"][value.month - 1],
            year=value.year,
        )

    def month(self, year: int, month: int) -> str:
        """A month of a year: "October 2016", "октябрь 2016 г."."""
        return str(self.dates["month"]).format(month=self.dates["months"][month - 1], year=year)

    def year(self, year: int) -> str:
        """A year alone: "2016", "2016 г."."""
        return str(self.dates["year"]).format(year=year)

    def date_value(self, value: DateValue) -> str:
        """A record date at its own precision, never more precise than the text was."""
        start, end = value.start, value.end
        if start is None:
            return value.value
        if value.precision == "day":
            return self.day(start)
        if value.precision == "month":
            return self.month(start.year, start.month)
        if value.precision == "year":
            return self.year(start.year)
        if value.precision in ("range", "week") and end is not None and end != start:
            show = self._range_unit(start, end)
            return self.text["period"].format(start=show(start), end=show(end))
        return self.day(start)

    def _range_unit(self, start: dt.date, end: dt.date) -> Any:
        """How to show a range's ends: "2014–2016" stays years, whole months stay months."""
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return lambda day: self.year(day.year)
        if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
            return lambda day: self.month(day.year, day.month)
        return self.day


@lru_cache(maxsize=512)
def _country_name(code: str, lang: str) -> str | None:
    """A state's name in ``lang`` from pycountry's ISO 3166 translations."""
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return None
    return translation.gettext(country.name)


@lru_cache(maxsize=16)
def load_labels(folder: Path, lang: str) -> Labels:
    """The labels of ``lang`` from ``folder/labels/<lang>.toml``."""
    path = folder / "labels" / f"{lang}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RenderError(f"cannot read the labels: {exc.strerror or exc}", path=path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise RenderError(f"the labels are not valid TOML: {exc}", path=path) from exc
    return Labels(
        lang=lang, text=dict(data["text"]), dates=dict(data["dates"]),
        kinds=dict(data.get("kinds", {})), themes=dict(data.get("themes", {})),
        partners=dict(data.get("partners", {})), statuses=dict(data.get("statuses", {})),
    )
