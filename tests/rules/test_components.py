"""The project's spaCy components take their patterns from the lexicons they are built with
(the ``lexicons`` setting, or ``initialize(lex=…)``), as spaCy's span_ruler takes its patterns."""
from __future__ import annotations

import shutil

import spacy

from kg import lexicons
from kg.analyse import components  # noqa: F401  (registers the components)


def _with_title(tmp_path, title: str):
    root = tmp_path / "lex"
    shutil.copytree(lexicons.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with open(root / "en" / "titles.tsv", "a", encoding="utf-8") as f:
        f.write(f"{title}\tofficial\t-\n")
    return root


def _titles(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in doc.spans["kg_titles"]]


def test_the_title_patterns_are_the_lexicons_it_is_built_with(tmp_path):
    text = "Harbourwarden Ann Wu and Mayor Bo Li met."
    shipped = spacy.blank("en")
    shipped.add_pipe("kg_phrases")
    assert _titles(shipped, text) == ["Mayor"]
    root = _with_title(tmp_path, "harbourwarden")
    own = spacy.blank("en")
    own.add_pipe("kg_phrases", config={"lexicons": str(root)})
    assert _titles(own, text) == ["Harbourwarden", "Mayor"]
    # initialize gives it other patterns, as span_ruler's initialize does
    own.get_pipe("kg_phrases").initialize(lex=lexicons.shipped())
    assert _titles(own, text) == ["Mayor"]


def test_the_entity_repair_reads_its_own_lexicons(tmp_path):
    root = _with_title(tmp_path, "harbourwarden")
    nlp = spacy.blank("en")
    repair = nlp.add_pipe("kg_entity_repair", config={"lexicons": str(root)})
    assert "harbourwarden" in repair.title_words.titles and "harbourwarden" in repair.title_words.first
    assert "harbourwarden" not in nlp.add_pipe("kg_entity_repair", name="shipped").title_words.titles
