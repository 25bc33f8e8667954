"""Text as the analysis sees it, with an exact map back to the text as read.

News text arrives with zero-width characters, no-break spaces, full-width letters, decomposed
accents, bidirectional controls, markup tags left by a scraper and runs of punctuation that hide
entities from the model, make its tokenizer slow or have a tag's attributes read as words. The
analysis reads a normalised copy; every character of the copy knows the span of the original it
came from, so evidence offsets always point into the text as read.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e",
        "\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
SPACES = {"\u00a0", "\u1680", "\u202f", "\u205f", "\u3000", *map(chr, range(0x2000, 0x200B))}
MAX_RUN = 8  # longer runs of punctuation are cut to this many characters for analysis
# a markup tag left in a text ('<tweet author="x">', '</p>'): blanked for analysis, offsets kept
MARKUP_TAG = re.compile(r"""</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[^\s>]*))?)*\s*/?>""")


# characters the loop below changes, and long punctuation runs; anything else it keeps as it is
NEEDS_WORK = re.compile("[%s%s\r\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]|[^\\w\\s]{%d,}"
                        % ("".join(sorted(DROP)), "".join(sorted(SPACES)), MAX_RUN + 1))


def _punct(ch: str) -> bool:
    """Punctuation or a symbol, as ``[^\\w\\s]`` sees it."""
    return not (ch.isalnum() or ch == "_" or ch.isspace())


@dataclass
class Normalised:
    text: str
    starts: list[int] | None  # for each character of ``text``, where its source begins in the original
    ends: list[int] | None  # and where it ends (both None: the text is unchanged)
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            s = self.starts[start] if start < len(self.starts) else self.original_length
            return s, s
        return self.starts[start], self.ends[end - 1]

    @property
    def identity(self) -> bool:
        return self.starts is None


def normalise(original: str) -> Normalised:
    tags = {m.start(): m.end() for m in MARKUP_TAG.finditer(original)} if "<" in original else {}
    if not tags and not NEEDS_WORK.search(original) and unicodedata.is_normalized("NFKC", original):
        return Normalised(original, None, None, len(original))  # nothing to change
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(chars: str, s: int, e: int) -> None:
        for ch in chars:
            out.append(ch)
            starts.append(s)
            ends.append(e)

    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        if i in tags:
            for k in range(i, tags[i]):
                emit(" ", k, k + 1)
            i = tags[i]
            continue
        if ch in DROP:
            i += 1
            continue
        if ch == "\r":
            if i + 1 < n and original[i + 1] == "\n":
                i += 1
                continue
            emit("\n", i, i + 1)
            i += 1
            continue
        if ch in SPACES or (unicodedata.category(ch) == "Cc" and ch not in "\n\t"):
            emit(" ", i, i + 1)
            i += 1
            continue
        if 0xD800 <= ord(ch) <= 0xDFFF:  # a lone surrogate
            emit("\ufffd", i, i + 1)
            i += 1
            continue
        # a base character with its combining marks, normalised together (NFKC)
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        if _punct(ch) and j == i + 1:
            k = i + 1
            while k < n and _punct(original[k]) and not unicodedata.combining(original[k]) \
                    and original[k] not in DROP:
                k += 1
            if k - i > MAX_RUN:  # "!?!?!?…" (the tokenizer is quadratic on these): keep a few,
                for m in range(MAX_RUN - 1):  # the rest maps onto the last one kept
                    emit(unicodedata.normalize("NFKC", original[i + m])[:1], i + m, i + m + 1)
                emit(unicodedata.normalize("NFKC", original[i + MAX_RUN - 1])[:1], i + MAX_RUN - 1, k)
                i = k
                continue
        emit(unicodedata.normalize("NFKC", original[i:j]), i, j)
        i = j
    return Normalised("".join(out), starts, ends, n)
