"""Rules over a parse given word by word (heads, dependencies, tags, entities): what they read
must not depend on the model's mood. The project's own components run over the given ``Doc``;
the model's tagger, parser and recogniser do not."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg import lexicons
from kg.analyse import analyse_doc
from kg.analyse import roles as roles_module
from kg.analyse.context import ArticleContext
from kg.analyse.entities import IndexView, consolidate
from kg.analyse.resolve import Resolver
from kg.read import Document

# word, head (index), dependency, part of speech, fine tag, lemma, entity (IOB)
Row = tuple[str, int, str, str, str, str, str]


def pinned(analyser, rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][3] != "PUNCT" for i in range(len(rows))]
    doc = Doc(analyser.nlp.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] for r in rows], ents=[r[6] for r in rows])
    for name in ("kg_entity_repair", "kg_phrases"):
        doc = analyser.nlp.get_pipe(name)(doc)
    return doc


def table(text: str) -> list[Row]:
    """Rows written one token a line, the seven columns of :data:`Row` separated by spaces."""
    out = []
    for line in text.strip().splitlines():
        word, head, dep, pos, tag, lemma, ent = line.split()
        out.append((word, int(head), dep, pos, tag, lemma, ent))
    return out


def record(analyser, rows: list[Row]):
    doc = pinned(analyser, rows)
    # an HTML page's text without its headline: every word is the article's body
    document = Document(identifier="pinned.html", text=doc.text, fmt="html")
    return analyse_doc(doc, document)


def roles(rec) -> set[tuple[str, str, str | None]]:
    return {(rec.entities[m.person].name, m.role,
             rec.entities[m.organization].name if m.organization is not None else None) for m in rec.memberships}


PRENOMINAL: list[Row] = [
    ("Tavimouth", 3, "compound", "PROPN", "NNP", "tavimouth", "B-GPE"),
    ("Mayor", 3, "compound", "PROPN", "NNP", "mayor", "O"),
    ("Zorvan", 3, "compound", "PROPN", "NNP", "zorvan", "B-PERSON"),
    ("Quill", 4, "nsubj", "PROPN", "NNP", "quill", "I-PERSON"),
    ("opened", 4, "ROOT", "VERB", "VBD", "open", "O"),
    ("the", 6, "det", "DET", "DT", "the", "O"),
    ("library", 4, "dobj", "NOUN", "NN", "library", "O"),
    (".", 4, "punct", "PUNCT", ".", ".", "O"),
]

APPOSITION: list[Row] = [
    ("Orlek", 1, "compound", "PROPN", "NNP", "orlek", "B-PERSON"),
    ("Brannoc", 10, "nsubj", "PROPN", "NNP", "brannoc", "I-PERSON"),
    (",", 1, "punct", "PUNCT", ",", ",", "O"),
    ("an", 4, "det", "DET", "DT", "an", "O"),
    ("analyst", 1, "appos", "NOUN", "NN", "analyst", "O"),
    ("at", 4, "prep", "ADP", "IN", "at", "O"),
    ("the", 8, "det", "DET", "DT", "the", "O"),
    ("Quillfield", 8, "compound", "PROPN", "NNP", "quillfield", "B-ORG"),
    ("Institute", 5, "pobj", "PROPN", "NNP", "institute", "I-ORG"),
    (",", 1, "punct", "PUNCT", ",", ",", "O"),
    ("left", 10, "ROOT", "VERB", "VBD", "leave", "O"),
    (".", 10, "punct", "PUNCT", ".", ".", "O"),
]


@pytest.mark.parametrize("rows, expected", [
    (PRENOMINAL, ("Zorvan Quill", "Mayor", "Tavimouth")),  # PLACE TITLE PERSON
    (APPOSITION, ("Orlek Brannoc", "Analyst", "Quillfield Institute")),  # PERSON, a NOUN at ORG
])
def test_a_role_read_from_a_pinned_parse(analyser, rows, expected):
    assert expected in roles(record(analyser, rows))


def test_a_gendered_title_is_known_before_the_pronouns_are_resolved(analyser):
    """"Tavi Orlek met Congressman Zorvan Quill. She said …": neither first name tells a gender;
    the title makes Quill a man before "She" is resolved, so she is Orlek, not the nearest name."""
    rows: list[Row] = [
        ("Tavi", 1, "compound", "PROPN", "NNP", "tavi", "B-PERSON"),
        ("Orlek", 2, "nsubj", "PROPN", "NNP", "orlek", "I-PERSON"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Congressman", 5, "compound", "PROPN", "NNP", "congressman", "O"),
        ("Zorvan", 5, "compound", "PROPN", "NNP", "zorvan", "B-PERSON"),
        ("Quill", 2, "dobj", "PROPN", "NNP", "quill", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("She", 8, "nsubj", "PRON", "PRP", "she", "O"),
        ("said", 8, "ROOT", "VERB", "VBD", "say", "O"),
        ("the", 10, "det", "DET", "DT", "the", "O"),
        ("plan", 11, "nsubj", "NOUN", "NN", "plan", "O"),
        ("was", 8, "ccomp", "AUX", "VBD", "be", "O"),
        ("late", 11, "acomp", "ADJ", "JJ", "late", "O"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ]
    rec = record(analyser, rows)
    people = {e.name: e for e in rec.entities if e.kind == "PERSON"}
    assert people["Zorvan Quill"].gender == "m"
    speakers = {rec.entities[q.speaker].name for q in rec.quotations if q.speaker is not None}
    assert speakers == {"Tavi Orlek"}
    assert people["Tavi Orlek"].gender == "f"
    # the resolver keeps the genders in its own table; the index's entities are left as they were
    doc = pinned(analyser, rows)
    document = Document(identifier="pinned.html", text=doc.text, fmt="html")
    ctx = ArticleContext.build(doc, document)
    with lexicons.using(ctx.lex):
        index = consolidate(doc, ctx.headline_end)
        resolver = Resolver(index, roles_module.title_genders(IndexView(index), list(ctx.quoted)))
    number = {e.name: i for i, e in enumerate(index.entities)}
    assert resolver.genders == {number["Zorvan Quill"]: "m", number["Tavi Orlek"]: "f"}
    assert resolver.pronoun(doc[7]) == number["Tavi Orlek"]  # "She", resolved when the resolver was made
    assert [e.gender for e in index.entities] == ["-"] * len(index.entities)


def test_an_entity_a_rule_proposes_is_merged_and_named_by_its_membership(analyser):
    """"Senator Zorvan Quill (R-Texas) spoke.": the affiliation rule proposes the party the letter
    names (no entity the recogniser found); the merge step adds it, as a party, with that mention."""
    rows = table("""
        Senator  2  compound  PROPN  NNP    senator  O
        Zorvan   2  compound  PROPN  NNP    zorvan   B-PERSON
        Quill    8  nsubj     PROPN  NNP    quill    I-PERSON
        (        2  punct     PUNCT  -LRB-  (        O
        R        2  appos     PROPN  NNP    r        O
        -        4  punct     PUNCT  HYPH   -        O
        Texas    4  npadvmod  PROPN  NNP    texas    B-GPE
        )        2  punct     PUNCT  -RRB-  )        O
        spoke    8  ROOT      VERB   VBD    speak    O
        .        8  punct     PUNCT  .      .        O
    """)
    rec = record(analyser, rows)
    assert ("Zorvan Quill", "Party member", "Republican Party") in roles(rec)
    party = next(e for e in rec.entities if e.name == "Republican Party")
    text = pinned(analyser, rows).text
    assert party.kind == "ORG" and party.party and [text[s:e] for s, e in party.mentions] == ["R"]


# "Offices open in Leeds , Wiltshire and Rutland ." with the county at the list's end read as a person
LISTED: list[Row] = [
    ("Offices", 1, "nsubj", "NOUN", "NNS", "office", "O"),
    ("open", 1, "ROOT", "VERB", "VBP", "open", "O"),
    ("in", 1, "prep", "ADP", "IN", "in", "O"),
    ("Leeds", 2, "pobj", "PROPN", "NNP", "leeds", "B-GPE"),
    (",", 3, "punct", "PUNCT", ",", ",", "O"),
    ("Wiltshire", 3, "conj", "PROPN", "NNP", "wiltshire", "B-GPE"),
    ("and", 5, "cc", "CCONJ", "CC", "and", "O"),
    ("Rutland", 5, "conj", "PROPN", "NNP", "rutland", "B-PERSON"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_county_listed_with_places_is_a_place_not_a_person(analyser):
    rec = record(analyser, LISTED)
    kinds = {e.name: e.kind for e in rec.entities}
    assert kinds.get("Rutland") == "PLACE" and kinds.get("Leeds") == "PLACE"
