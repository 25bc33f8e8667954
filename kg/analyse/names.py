"""What a name is, before any entity: its matching key and whether a word is a known first name.

Shared by :mod:`.components` (the pipeline), :mod:`.entities` and :mod:`.resolve`, which import
it and never each other in a circle.
"""
from __future__ import annotations

from ..personnames import first_name_gender, first_names, is_first_name, key  # noqa: F401  (re-exported)


def gendered_first_name(word: str) -> bool:
    """A first name gender-guesser knows as a man's or a woman's."""
    return first_name_gender(word) in ("m", "f")


def is_acronym(text: str) -> bool:
    t = text.replace(".", "")
    return 2 <= len(t) <= 6 and t.isupper() and t.isalpha()

