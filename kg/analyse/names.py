"""What a name is, before any entity: its matching key and whether a word is a known first name.

Shared by :mod:`.components` (the pipeline), :mod:`.entities` and :mod:`.resolve`, which import
it and never each other in a circle.
"""
from __future__ import annotations

import re
from functools import lru_cache

import gender_guesser.detector

from .. import lexicons


@lru_cache(maxsize=1)
def first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def first_name_gender(word: str) -> str | None:
    """What gender-guesser's list says of a first name, read through the lexicon
    (``first_name_genders.tsv``): "m", "f", "-" (either gender's), or ``None`` (no first name it knows)."""
    return lexicons.load().first_name_genders.get(first_names().get_gender(word))


def gendered_first_name(word: str) -> bool:
    """A first name gender-guesser knows as a man's or a woman's."""
    return first_name_gender(word) in ("m", "f")


def is_first_name(word: str) -> bool:
    """Any first name gender-guesser knows, one either gender bears included."""
    return first_name_gender(word) is not None


@lru_cache(maxsize=1 << 16)  # the rules ask for the keys of the same few names again and again
def key(text: str) -> str:
    """The form two mentions of one name share: case, possessive, dots and punctuation left out."""
    s = text.casefold().replace("’", "'")
    s = re.sub(r"'s\b", "", s).replace(".", "")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def is_acronym(text: str) -> bool:
    t = text.replace(".", "")
    return 2 <= len(t) <= 6 and t.isupper() and t.isalpha()


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` can abbreviate ``long`` as Schwartz & Hearst (2003) match a short form to its
    long form: every letter or digit of the short form, from the right, found in order in the long form,
    the first one at the start of a word ("VelFire" from "Velmar Department of Fire Services", "Tarvelco" from
    "Tarvonian Electric Company")."""
    s, li = short.lower(), len(long) - 1
    low = long.lower()
    for si in range(len(s) - 1, -1, -1):
        c = s[si]
        if not c.isalnum():
            continue
        while li >= 0 and (low[li] != c or si == 0 and li > 0 and low[li - 1].isalnum()):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True
