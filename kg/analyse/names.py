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
