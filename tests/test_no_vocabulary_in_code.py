"""No vocabulary in the analysis code: words live in the lexicons (kg/lexicons), never in Python.

Every module of kg/analyse is parsed (ast). Two checks:

* every set, frozenset, tuple or list literal of MIN_STRINGS or more string constants fails, unless
  all its strings are labels or it is one of the literals of ALLOWED, each with its reason;
* every comparison (``==``, ``!=``, ``in``, ``not in``) and every affix test (``startswith``,
  ``endswith``, ``removeprefix``, ``removesuffix``) against a string constant that has a letter in
  it fails — ``tok.lower_ == "for"``, ``t.lower_ in ("a", "an")``, ``text.endswith("ing")`` —
  unless the constant is a label, one of the project's entity kinds or an identifier IDENTIFIERS
  allows in that module (with its reason). A comparison that reads a token's text (``.text``,
  ``.lower_``, ``.lemma_`` …, also lower-cased or sliced) allows nothing: any word compared with
  text is vocabulary.

Labels are the labels of the loaded pipeline — its tagger's, parser's and recogniser's, and the
universal parts of speech (``spacy.parts_of_speech``) — the model's interface, the same whatever the
text says; not spaCy's whole glossary, whose keys include words ("list", "number", "discourse").
"""
from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
import spacy.parts_of_speech

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kg" / "analyse"
MIN_STRINGS = 3

# module → the literals (as sets of their strings) it may keep, with the reason
ALLOWED: dict[str, dict[frozenset[str], str]] = {
    "kg/analyse/event_factuality.py": {
        frozenset({"asserted", "planned", "hypothetical", "negated", "disputed"}):
            "the factuality values of the event records (ev:Asserted …): the graph's terms",
        frozenset({"speech", "cognition", "reporting"}):
            "the classes of speech_verbs.tsv's class column (the lexicon's own identifiers)",
    },
    "kg/analyse/event_triggers.py": {
        frozenset({"verb.stative", "verb.cognition", "verb.emotion"}):
            "names of WordNet's lexicographer files (a resource's scheme, as event_sense_ranks.tsv stores it)",
        frozenset({"PERSON", "ORG", "PLACE"}): "the project's entity kinds",
        frozenset({"PERSON", "ORG", "person", "abstract"}):
            "entity kinds and happening_arguments.tsv's kinds (the lexicon's identifiers): a person or a group",
        frozenset({"PERSON", "PLACE", "person"}): "entity kinds and happening_arguments.tsv's person kind",
    },
    "kg/analyse/entities.py": {frozenset({"ORG", "PERSON", "PLACE"}): "the project's entity kinds"},
    "kg/analyse/extractors.py": {frozenset({"memberships", "quotations", "events"}): "the extractors' kinds"},
    "kg/analyse/normalise.py": {
        frozenset({"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\xad", "\u180e", "\u200e", "\u200f", "\u061c"}):
            "invisible Unicode format characters the normalisation drops: the same in every language",
        frozenset({"\xa0", "\u1680", "\u202f", "\u205f", "\u3000"}):
            "Unicode space characters the normalisation makes spaces: the same in every language",
    },
    "kg/analyse/quotes/attribution.py": {
        frozenset({"compound", "flat", "pobj", "prep"}): "dependency labels, one of Universal Dependencies (flat)",
        frozenset({"dative", "dobj", "iobj"}): "dependency labels, one of Universal Dependencies (iobj)",
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

# the project's entity kinds (kg.records.Entity.kind; THING: an event participant that is no entity)
KINDS = frozenset({"PERSON", "ORG", "PLACE", "THING"})

SPEECH_CLASSES = "the classes of speech_verbs.tsv's class column (the lexicon's own identifiers)"
UD_LABEL = ("a Universal Dependencies label: a parser trained on a UD treebank gives it (this pipeline's "
            "parser does not), a label of the parse, no word")
GENDERS = "the gender codes of the lexicons (titles.tsv, honorifics.tsv, first_name_genders.tsv)"
ROLE_VERB_KINDS = "the kinds of role_verbs.tsv's kind column (the lexicon's own identifiers)"
PRESIDENT = "a role concept of ontology/roles.ttl (the graph's term)"

# module → the identifiers (not words of a language) its comparisons may name, with the reason
IDENTIFIERS: dict[str, dict[str, str]] = {
    "kg/analyse/components.py": {"PHRASE": "event_triggers.tsv's pos value of a phrase (the lexicon's identifier)"},
    "kg/analyse/context.py": {"txt": "the reader's format names (kg.read.Document.fmt)",
                              "html": "the reader's format names (kg.read.Document.fmt)"},
    "kg/analyse/entities.py": {"NONE": "the module's own mark of a mention that names nothing",
                               "speech": SPEECH_CLASSES,
                               **{k: "happening_arguments.tsv's kinds (the lexicon's identifiers)"
                                  for k in ("group", "organization")},
                               **{k: "name_kinds.tsv's kinds (the lexicon's identifiers)"
                                  for k in ("thing", "character")}},
    "kg/analyse/event_triggers.py": {
        **{t: "an event type of event_types.tsv (the graph's term)" for t in ("Meet", "Threaten")},
        "cameo": "event_types.tsv's source value of a CAMEO row (the lexicon's identifier)",
        **{f: "a WordNet lexicographer file (a resource's scheme)" for f in ("verb.communication", "noun.communication")},
        **{v: "event_type_rules.tsv's fires values (the lexicon's identifiers)" for v in ("yes", "no", "noun", "object")},
        "speech": SPEECH_CLASSES, "writing": SPEECH_CLASSES,
        **{v: "event_type_rules.tsv's takes values (the lexicon's identifiers)" for v in ("vehicle", "structure", "patient")},
        **{v: "happening_arguments.tsv's kinds (the lexicon's identifiers)"
           for v in ("weapon", "quantity", "person", "abstract", "relation")},
        "OBJECT": "event_type_rules.tsv's patient kind of a thing that is no abstraction (the lexicon's identifier)",
    },
    "kg/analyse/events.py": {".n.": "WordNet's mark of a noun synset in a sense name (a resource's scheme: flood.n.01)",
                             "place": "the participant roles of the event records",
                             "target": "the participant roles of the event records and event_type_rules.tsv's possessor",
                             "disease": "happening_arguments.tsv's kinds (the lexicon's identifiers)"},
    "kg/analyse/implied.py": {"former": "the status values of the membership records (status.tsv's status column)",
                              "shadow": "the status values of the membership records (status.tsv's status column)",
                              "president": PRESIDENT},
    "kg/analyse/names.py": {"m": GENDERS, "f": GENDERS},
    "kg/analyse/normalise.py": {"Cc": "a Unicode general category"},
    "kg/analyse/places.py": {"US": "a GeoNames country code (the gazetteer's identifier)"},
    "kg/analyse/quotes/attribution.py": {"flat": UD_LABEL, "iobj": UD_LABEL},
    "kg/analyse/quotes/reported.py": {"cognition": SPEECH_CLASSES, "speech": SPEECH_CLASSES},
    "kg/analyse/resolve.py": {"flat": UD_LABEL, "m": GENDERS, "f": GENDERS},
    "kg/analyse/roles.py": {"lead": ROLE_VERB_KINDS, "join": ROLE_VERB_KINDS, "recruit": ROLE_VERB_KINDS,
                            "president": PRESIDENT},
    "kg/analyse/sources.py": {"person": "speaker_nouns.tsv's kind values (the lexicon's identifiers)"},
}

# what a token or span says (its words), read directly or lower-cased, stripped or sliced
TEXT_ATTRIBUTES = frozenset({"text", "text_with_ws", "lower_", "lemma_", "norm_", "orth_", "prefix_", "suffix_"})
STRING_METHODS = frozenset({"lower", "casefold", "upper", "title", "capitalize", "strip", "rstrip", "lstrip"})
AFFIX_METHODS = frozenset({"startswith", "endswith", "removeprefix", "removesuffix"})


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


def is_word(s: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in s)


def reads_text(node: ast.AST) -> bool:
    """Whether an expression is the words of a token or span: ``t.lower_``, ``t.text[-1:]``,
    ``t.lemma_.lower()``."""
    if isinstance(node, ast.Attribute):
        return node.attr in TEXT_ATTRIBUTES
    if isinstance(node, ast.Subscript):
        return reads_text(node.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STRING_METHODS:
        return reads_text(node.func.value)
    return False


def constants(node: ast.AST) -> list[str]:
    """The string constants an operand is made of: a constant, the elements of a literal, both
    sides of an operator (``plan | {"be"}``), the arguments of ``set(…)``/``frozenset(…)``/``tuple(…)``."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        return [s for e in node.elts for s in constants(e)]
    if isinstance(node, ast.BinOp):
        return constants(node.left) + constants(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"set", "frozenset", "tuple"}:
        return [s for a in node.args for s in constants(a)]
    return []


def compared_words(tree: ast.AST, labels: frozenset[str], allowed: dict[str, str]):
    """(line, word) of every word a comparison or an affix test names."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in AFFIX_METHODS:
            operands = [node.func.value, *node.args]
        else:
            continue
        text = any(reads_text(o) for o in operands)
        for o in operands:
            for s in constants(o):
                if is_word(s) and (text or (s not in labels and s not in KINDS and s not in allowed)):
                    yield node.lineno, s


def vocabulary_in(source: str, module: str, labels: frozenset[str]) -> list[str]:
    tree = ast.parse(source)
    allowed = ALLOWED.get(module, {})
    found = [f"{module}:{line}: {sorted(strings)}" for line, strings in literals(tree)
             if not strings <= labels and strings not in allowed]
    found += [f"{module}:{line}: compared with {word!r}"
              for line, word in compared_words(tree, labels, IDENTIFIERS.get(module, {}))]
    return found


@pytest.fixture(scope="module")
def labels(analyser) -> frozenset[str]:
    """The labels of the loaded pipeline: its tagger's, parser's and recogniser's, and the universal
    parts of speech; "" is a token that has no entity type."""
    nlp = analyser.nlp
    out = set(spacy.parts_of_speech.IDS) | {""}
    for name in ("tagger", "morphologizer", "parser", "ner"):
        if name in nlp.pipe_names:
            out |= set(nlp.get_pipe(name).labels)
    return frozenset(out)


def test_no_analysis_module_keeps_vocabulary_in_python_literals_or_comparisons(labels):
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        found += vocabulary_in(path.read_text(encoding="utf-8"), module, labels)
    assert not found, "words in code; move them to kg/lexicons (a table or a set of words.tsv):\n" + "\n".join(found)


def test_the_allowed_literals_and_identifiers_are_still_there(labels):
    """An allow-list entry whose literal or identifier is gone is removed, so the lists never grow
    stale; an identifier is allowed only where it is no label (else it needs no entry)."""
    for module, allowed in ALLOWED.items():
        present = {s for _line, s in literals(ast.parse((ROOT / module).read_text(encoding="utf-8")))}
        assert set(allowed) <= present, (module, set(allowed) - present)
    for module, allowed in IDENTIFIERS.items():
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        named = {w for _line, w in compared_words(tree, labels, {})}
        assert set(allowed) <= named, (module, set(allowed) - named)


@pytest.mark.parametrize("source, found", [
    ('WORDS = {"he", "she", "they"}', 1),
    ('def f(t):\n    return t.lower_ in ("of", "by", "from")', 4),  # the literal, and each word compared
    ('X = frozenset(["alpha", "beta", "gamma", "delta"])', 1),
    ('X = {"he", "she"}', 0),  # fewer than three, compared with nothing
    ('X = {"nsubj", "dobj", "pobj"}', 0),  # dependency labels
    ('__all__ = ["a", "b", "c"]', 0),
    # spaCy's glossary has these keys; the pipeline has no such labels: words
    ('X = {"list", "case", "goeswith"}', 1),
    ('def f(x):\n    return x.mood == "number"', 1),
    # one- and two-word comparisons
    ('def f(t):\n    return t.lower_ == "for"', 1),
    ('def f(t):\n    return t.lower_ in ("a", "an")', 2),
    ('def f(t):\n    return t.lemma_ in plan | {"be"}', 1),
    ('def f(t):\n    return t.text[-1:] == "s"', 1),
    ('def f(t):\n    return t.text.lower().endswith("ing")', 1),
    ('def f(t):\n    return t.lower_ == "mark"', 1),  # a parser label, but compared with the words
    ('def f(t):\n    return t.dep_ == "mark" and t.text in {",", "("}', 0),  # a label; punctuation
    ('def f(t):\n    return t.tag_.startswith("VB") and t.pos_ in {"NOUN", "PROPN"}', 0),
    ('def f(e):\n    return e.kind == "PLACE"', 0),  # the project's entity kinds
    ('def f(e):\n    return e.fmt == "txt"', 1),  # an identifier allowed in another module only
])
def test_the_check_finds_word_literals_and_comparisons(labels, source, found):
    assert len(vocabulary_in(source, "kg/analyse/example.py", labels)) == found
