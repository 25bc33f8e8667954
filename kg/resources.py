"""Where the shipped files are: ``ontology/``, ``queries/`` and the example article."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ontology_path(name: str) -> Path:
    return ROOT / "ontology" / name


def queries_dir() -> Path:
    return ROOT / "queries"


def example_article() -> Path:
    return Path(str(resources.files("kg.examples").joinpath("sanctuary-mayors.txt")))
