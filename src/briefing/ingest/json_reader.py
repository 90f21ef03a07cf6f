"""JSON and JSON Lines: one document per object that carries a ``text``.

Accepted shapes: one object, a list of objects, or one object per line.
Known fields besides ``text``: ``title``, ``published``, ``url``, ``author``,
``lang``, ``kind``; others are ignored. An object without usable text is
skipped with a warning on the next document (or refused, when none is left).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from briefing.errors import CorruptDocumentError, EmptyDocumentError
from briefing.ingest.base import RawDocument
from briefing.ingest.decoding import decode_text
from briefing.options import Limits


class JsonReader:
    """Reads ``.json`` and ``.jsonl`` files of documents."""

    name = "json"
    extensions: tuple[str, ...] = (".json", ".jsonl", ".ndjson")

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Every object with a ``text`` as one document, in file order."""
        decoded = decode_text(data, path=path, max_chars=limits.max_file_bytes)
        objects = _objects(decoded.text, path)
        documents: list[RawDocument] = []
        skipped: list[str] = []
        for number, value in enumerate(objects, 1):
            if isinstance(value, _BadLine):
                skipped.append(f"line {value.number} is not valid JSON and was skipped")
                continue
            document = _document(value, limits)
            if document is None:
                skipped.append(f"item {number} has no text and was skipped")
                continue
            document.warnings[:0] = [*decoded.warnings, *skipped]
            skipped = []
            documents.append(document)
        if not documents:
            raise EmptyDocumentError('no object with a non-empty "text" field', path=path)
        documents[-1].warnings.extend(skipped)
        return documents


def _objects(text: str, path: str | None) -> list[Any]:
    """The top-level values: an object, the items of a list, or one value per line."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise CorruptDocumentError("JSON nested too deeply", path=path) from None
    except json.JSONDecodeError as whole_error:
        return _lines(text, whole_error, path)
    return value if isinstance(value, list) else [value]


class _BadLine:
    """A line of a JSON Lines file that is not JSON: one document lost, not the file."""

    __slots__ = ("number",)

    def __init__(self, number: int) -> None:
        self.number = number


def _lines(text: str, whole_error: json.JSONDecodeError, path: str | None) -> list[Any]:
    """JSON Lines: one value per non-blank line (a :class:`_BadLine` where a line is not
    JSON); when no line is a JSON object, the file is not JSON Lines at all."""
    values: list[Any] = []
    first_bad = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            values.append(json.loads(line))
        except (json.JSONDecodeError, RecursionError):
            values.append(_BadLine(number))
            first_bad = first_bad or number
    if first_bad and not any(isinstance(value, dict) for value in values):
        message = f"invalid JSON ({whole_error.msg}) and invalid JSON Lines (line {first_bad})"
        raise CorruptDocumentError(message, path=path)
    return values


def _document(value: Any, limits: Limits) -> RawDocument | None:
    if not isinstance(value, dict):
        return None
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    document = RawDocument(
        text=text[: limits.max_text_chars],
        format="json",
        title=_string(value.get("title")),
        url=_string(value.get("url")),
        author=_string(value.get("author")),
        lang=_string(value.get("lang")),
        kind=_string(value.get("kind")),
    )
    document.published = _date(value.get("published"))
    if value.get("published") and document.published is None:
        document.warnings.append(f"published {value.get('published')!r} is not an ISO date")
    return document


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date(value: Any) -> dt.date | None:
    """An ISO date or date-time string as a date; anything else as ``None``."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
