"""Markdown reduced to the plain lines a reader of the rendered page would see.

Headings lose their ``#``, emphasis and code marks go, ``[text](url)`` keeps
its text, list and quote markers and rules go, tables become one line a row
with cells joined by `` | ``. No pattern scans past the next delimiter of
its kind, so a megabyte-long line of unclosed marks costs milliseconds,
not minutes.
"""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.{0,4000}?\n---[ \t]*\n", re.S)
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_RULE = re.compile(r"^\s{0,3}(?:[-*_][ \t]*){3,}$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]{1,200}\]:\s+\S+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+|(?<!\s)\s+#+\s*$")
_BLOCK_MARKERS = re.compile(r"^\s*(?:>\s?)+|^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,500})?/?>")
_CODE = re.compile(r"`+")
_STRONG = re.compile(r"\*\*(?=\S)((?:[^*\n]|\*(?!\*))*?\S)\*\*|__(?=\S)((?:[^_\n]|_(?!_))*?\S)__")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^\n*_]*?\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)([^\n~]*?\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def markdown_to_text(markdown: str) -> str:
    """Plain lines from Markdown: the words a reader sees, without the marks."""
    markdown = _FRONT_MATTER.sub("", markdown.replace("\r\n", "\n"))
    return "\n".join(_plain_line(line) for line in markdown.split("\n") if _kept(line))


def _kept(line: str) -> bool:
    """Lines that carry no words of their own: fences, rules, underlines, link definitions."""
    return not (
        _FENCE.match(line)
        or _RULE.match(line)
        or _SETEXT.match(line)
        or _TABLE_RULE.match(line)
        or _REFERENCE_DEFINITION.match(line)
    )


def _plain_line(line: str) -> str:
    line = _HEADING.sub("", line)
    line = _BLOCK_MARKERS.sub("", line, count=1)
    if line.lstrip().startswith("|"):
        line = " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    line = _CODE.sub("", line)
    line = _STRONG.sub(lambda m: m.group(1) or m.group(2), line)
    line = _EMPHASIS.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", line).rstrip()
