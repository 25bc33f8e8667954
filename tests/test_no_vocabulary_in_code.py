"""No vocabulary in the analysis code: words live in the lexicons (kg/lexicons), never in Python.

Every module of kg/analyse is parsed (ast) and every set, frozenset, tuple or list literal of
MIN_STRINGS or more string constants fails the test, unless it is one of the kinds of literal
below that are no words of a language:

* labels of the parser's and recogniser's schemes (POS tags, fine tags, dependency labels, entity
  labels): the model's labels and spaCy's glossary — the model's interface, the same whatever the
  text says;
* ``__all__``: names of Python objects;
* the literals of ALLOWED, each with its reason: the project's own identifiers and characters of
  layout.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kg" / "analyse"
MIN_STRINGS = 3

# module → the literals (as sets of their strings) it may keep, with the reason
ALLOWED: dict[str, dict[frozenset[str], str]] = {
    "kg/analyse/event_factuality.py": {
        frozenset({"asserted", "planned", "hypothetical", "negated", "disputed"}):
            "the factuality values of the event records (ev:Asserted …): the graph's terms",
    },
    "kg/analyse/event_triggers.py": {
        frozenset({"verb.stative", "verb.cognition", "verb.emotion"}):
            "names of WordNet's lexicographer files (a resource's scheme, as event_sense_ranks.tsv stores it)",
        frozenset({"PERSON", "ORG", "PLACE"}): "the project's entity kinds",
    },
    "kg/analyse/entities.py": {frozenset({"ORG", "PERSON", "PLACE"}): "the project's entity kinds"},
    "kg/analyse/extractors.py": {frozenset({"memberships", "quotations", "events"}): "the extractors' kinds"},
    "kg/analyse/normalise.py": {
        frozenset({"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\xad", "\u180e", "\u200e", "\u200f", "\u061c"}):
            "invisible Unicode format characters the normalisation drops: the same in every language",
        frozenset({"\xa0", "\u1680", "\u202f", "\u205f", "\u3000"}):
            "Unicode space characters the normalisation makes spaces: the same in every language",
    },
    "kg/analyse/quotes/direct.py": {
        frozenset({" ", "\t", "\xa0"}): "the spaces within a line (layout, not words)",
    },
    "kg/analyse/quotes/pieces.py": {
        frozenset({"paragraph-open", "paragraph-after", "comma", "sentence"}): "the project's names of split kinds",
    },
    "kg/analyse/quotes/scene.py": {
        frozenset({"speech", "writing", "reporting"}): "the classes of speech_verbs.tsv's class column",
    },
}


def literals(tree: ast.AST):
    """(line, strings) of every set, tuple or list literal with MIN_STRINGS or more string
    constants, ``__all__`` left out."""
    exports = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
               and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in exports:
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(strings) >= MIN_STRINGS:
                yield node.lineno, frozenset(strings)


def vocabulary_in(source: str, module: str, labels: frozenset[str]) -> list[str]:
    allowed = ALLOWED.get(module, {})
    return [f"{module}:{line}: {sorted(strings)}" for line, strings in literals(ast.parse(source))
            if not strings <= labels and strings not in allowed]


@pytest.fixture(scope="module")
def labels(analyser) -> frozenset[str]:
    """The model's labels (tagger, parser, recogniser) and spaCy's glossary; "" is a token that
    has no entity type."""
    nlp = analyser.nlp
    out = set(GLOSSARY) | {""}
    for name in nlp.pipe_names:
        out |= set(getattr(nlp.get_pipe(name), "labels", ()) or ())
    return frozenset(out)


def test_no_analysis_module_keeps_vocabulary_in_python_literals(labels):
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        found += vocabulary_in(path.read_text(encoding="utf-8"), module, labels)
    assert not found, "words in code; move them to kg/lexicons (a table or a set of words.tsv):\n" + "\n".join(found)


def test_the_allowed_literals_are_still_there(labels):
    """An allow-list entry whose literal is gone is removed, so the list never grows stale."""
    for module, allowed in ALLOWED.items():
        present = {s for _line, s in literals(ast.parse((ROOT / module).read_text(encoding="utf-8")))}
        assert set(allowed) <= present, (module, set(allowed) - present)


@pytest.mark.parametrize("source, found", [
    ('WORDS = {"he", "she", "they"}', 1),
    ('def f(t):\n    return t.lower_ in ("of", "by", "from")', 1),
    ('X = frozenset(["alpha", "beta", "gamma", "delta"])', 1),
    ('X = {"he", "she"}', 0),  # fewer than three
    ('X = {"nsubj", "dobj", "pobj"}', 0),  # dependency labels
    ('__all__ = ["a", "b", "c"]', 0),
])
def test_the_check_finds_word_literals(labels, source, found):
    assert len(vocabulary_in(source, "kg/analyse/example.py", labels)) == found
