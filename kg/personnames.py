"""Names of people as the mapper and the store read them too (no analysis, no spaCy): the matching
key of a name, first names and their genders (gender-guesser's list), a full name's surname key and
an honorific before a bare surname. :mod:`kg.analyse.names` re-exports the first ones."""
from __future__ import annotations

import re
from functools import lru_cache

import gender_guesser.detector

from . import lexicons


@lru_cache(maxsize=1)
def first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def first_name_gender(word: str) -> str | None:
    """What gender-guesser's list says of a first name, read through the lexicon
    (``first_name_genders.tsv``): "m", "f", "-" (either gender's), or ``None`` (no first name it knows)."""
    return lexicons.load().first_name_genders.get(first_names().get_gender(word))


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


def surname_key(name: str) -> str | None:
    """The key of a full name's surname ("Jane Roe" → "roe") when the name is a person's first name
    and surname: two words or more, the first a first name gender-guesser knows (so no title read
    as a first name, "Chancellor Roe"); else ``None``."""
    words = name.split()
    if len(words) < 2 or not is_first_name(words[0]):
        return None
    last = key(words[-1]).split()
    return last[-1] if last else None


_WORD_BEFORE = re.compile(r"(\w+)\.?\s+$")


def honorific_before(text: str, start: int) -> str | None:
    """The honorific written right before a mention ("Mr" in "Mr Roe", "Mrs." in "Mrs. Roe"), among
    those a surname link reads (``words.tsv`` ``surname_link_honorifics``), as written without its dot."""
    m = _WORD_BEFORE.search(text[max(0, start - 12):start])
    if m and m.group(1)[:1].isupper() and m.group(1).lower() in lexicons.load().words["surname_link_honorifics"]:
        return m.group(1)
    return None
