"""Where the shipped files are: ``ontology/``, ``queries/`` and the example article.

In a checkout (and an editable install) they are the repository's own folders; a regular install
carries them under ``<prefix>/share/newskg``.
"""
from __future__ import annotations

import sys
import sysconfig
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _shared(name: str) -> Path:
    here = ROOT / name
    if here.is_dir():
        return here
    for prefix in (sysconfig.get_path("data"), sys.prefix):
        p = Path(prefix) / "share" / "newskg" / name
        if p.is_dir():
            return p
    return here


def ontology_path(name: str) -> Path:
    return _shared("ontology") / name


def queries_dir() -> Path:
    return _shared("queries")


def example_article() -> Path:
    return Path(str(resources.files("kg.examples").joinpath("sanctuary-mayors.txt")))
