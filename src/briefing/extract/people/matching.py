"""Whether two written names are the same person ("A. Yeskarayev", "Azamat Yeskarayev").

The surnames must agree; the other words of the shorter form must each fit
one of the longer's: the same word, its initial, an inflected form or a
one-letter slip of a given name.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MIN_VARIANT = 5  # letters: shorter given names differ by one letter too often ("Anna", "Alla")
_NOT_WORD = re.compile(r"[^\w]+")  # what separates the words of a name
_MAX_ENDING = 2  # letters a case ending adds to a given name ("Нариман", "Нариманом")


@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name, case-folded, initials apart (memoised: a name recurs in its text)."""
    return tuple(w for w in _NOT_WORD.split(name.casefold().replace(".", ". ")) if w)


def same_person(known: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Same person: same surname, and the shorter form's other words fit the longer's."""
    if not known or not new:
        return False
    if known == new:
        return True
    short, long_ = sorted((known, new), key=len)
    if len(short) == 1:
        return short[0] in (long_[-1], long_[0]) if len(long_) > 1 else False
    if short[-1] != long_[-1]:
        return False
    rest = list(long_[:-1])
    for word in short[:-1]:
        hit = next((r for r in rest if _same_given(word, r)), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def _same_given(word: str, other: str) -> bool:
    """The same given name beside the same surname: equal, an initial of it, an
    inflected form ("Нариман", "Наримана") or a one-letter slip ("Нарима")."""
    short, long_ = sorted((word, other), key=len)
    if short == long_ or (len(short) == 1 and long_.startswith(short)):
        return True
    if len(short) < _MIN_VARIANT:
        return False
    if long_.startswith(short) and len(long_) - len(short) <= _MAX_ENDING:
        return True
    return _one_edit(short, long_)


def _one_edit(short: str, long_: str) -> bool:
    """True when one insertion or substitution turns ``short`` into ``long_``."""
    if len(long_) - len(short) > 1:
        return False
    first = next(
        (i for i, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short)
    )
    if len(short) == len(long_):
        return short[first + 1 :] == long_[first + 1 :]
    return short[first:] == long_[first + 1 :]
