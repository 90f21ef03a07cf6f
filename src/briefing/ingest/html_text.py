"""Tidying the main text that the HTML extractor returns.

trafilatura keeps a few kinds of lines that are page furniture on any news
site; they are removed here, before the cleaner sees the text.
"""

from __future__ import annotations


def tidy_main_text(text: str) -> str:
    """The extracted text with one paragraph a line and no empty lines."""
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
