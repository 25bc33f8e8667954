"""Deterministic IRIs: the same input always gives the same names.

Every IRI is made of the namespace, a kind and path segments that are percent-encoded
(RFC 3987 safe), so names with spaces, quotes, angle brackets or any Unicode give valid IRIs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from pyoxigraph import NamedNode

from .vocab import ID_NS


def segment(value: str) -> str:
    """A value as one IRI path segment, percent-encoded, never empty."""
    value = unicodedata.normalize("NFC", value)
    return quote(value, safe="-._~") or "_"


def slug(name: str) -> str:
    """A readable, stable segment for a name: "Laura Jensen" → "laura-jensen"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    s = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if not s or s != re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-"):
        # letters were lost in folding: keep the name distinct with a short hash
        s = (s + "-" if s else "") + short_hash(unicodedata.normalize("NFC", name))
    return s


def short_hash(value: str, n: int = 10) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def iri(*parts: str) -> NamedNode:
    return NamedNode(ID_NS + "/".join(parts))


def article(identifier: str) -> NamedNode:
    return iri("article", segment(identifier))


def evidence(article_iri: NamedNode, start: int, end: int) -> NamedNode:
    """An RFC 5147 fragment of the article: ``<ARTICLE#char=START,END>``."""
    return NamedNode(f"{article_iri.value}#char={start},{end}")
