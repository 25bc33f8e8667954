"""What a name is, before any entity: its matching key and whether a word is a known first name.

Shared by :mod:`.components` (the pipeline), :mod:`.entities` and :mod:`.resolve`, which import
it and never each other in a circle.
"""
from __future__ import annotations

import re
from functools import lru_cache

import gender_guesser.detector

# gender-guesser's answers for a first name it knows as a man's or a woman's
GENDERED = frozenset({"male", "female", "mostly_male", "mostly_female"})
# … and for any first name it knows, either gender's ("andy") included
KNOWN = GENDERED | {"andy"}


@lru_cache(maxsize=1)
def first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def gendered_first_name(word: str) -> bool:
    """A first name gender-guesser knows as a man's or a woman's."""
    return first_names().get_gender(word) in GENDERED


def is_first_name(word: str) -> bool:
    """Any first name gender-guesser knows, one either gender bears included."""
    return first_names().get_gender(word) in KNOWN


def key(text: str) -> str:
    """The form two mentions of one name share: case, possessive, dots and punctuation left out."""
    s = text.casefold().replace("’", "'")
    s = re.sub(r"'s\b", "", s).replace(".", "")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def is_acronym(text: str) -> bool:
    t = text.replace(".", "")
    return 2 <= len(t) <= 6 and t.isupper() and t.isalpha()
