"""The quote passes (kg/analyse/quotes/): pure functions over one Scene, reading their words and
quote marks from the lexicons they are given."""
from __future__ import annotations

import dataclasses
import shutil
from types import MappingProxyType

import pytest

from kg import lexicons
from kg.analyse import analyse_doc, entities, roles
from kg.analyse.context import ArticleContext
from kg.analyse.quotes import find_marked
from kg.analyse.quotes.direct import direct
from kg.analyse.quotes.pieces import join_pieces
from kg.analyse.quotes.reported import reported
from kg.analyse.quotes.scene import How, Scene
from kg.analyse.resolve import Resolver
from kg.lexicons import QuoteMarks, read, read_table
from kg.read import Document


def _scene(analyser, text: str) -> Scene:
    doc = analyser.nlp(text)
    ctx = ArticleContext.build(doc, Document(identifier="t.html", text=text, fmt="html"))
    index = entities.consolidate(doc, ctx.headline_end)
    resolver = Resolver(index, roles.title_genders(index, list(ctx.quoted)))
    return Scene.build(index, resolver, ctx.lex, ctx.headline_end, list(ctx.marks))


def test_the_quote_marks_are_the_lexicon_s(tmp_path):
    text = 'She said «we will build it» and "not this one".'
    shipped = [text[m.start:m.end] for m in find_marked(text)]
    assert shipped == ["we will build it", "not this one"]
    table = tmp_path / "quote_marks.tsv"
    table.write_text("mark\tlevel\tside\n«\tdouble\topen\n»\tdouble\tclose\n|\tdouble\tboth\n'\tsingle\tboth\n",
                     encoding="utf-8")
    only_guillemets = QuoteMarks.from_table(read_table(table))
    assert [text[m.start:m.end] for m in find_marked(text, only_guillemets)] == ["we will build it"]


def test_a_quote_marks_table_needs_one_straight_mark_a_level(tmp_path):
    table = tmp_path / "quote_marks.tsv"
    table.write_text("mark\tlevel\tside\n«\tdouble\topen\n»\tdouble\tclose\n", encoding="utf-8")
    with pytest.raises(lexicons.LexiconError, match="straight double"):
        QuoteMarks.from_table(read_table(table))


def test_joining_pieces_makes_new_quotations_and_changes_none_it_is_given(analyser):
    sc = _scene(analyser, 'Headline\n\n"We will build the bridge," Mayor Laura Jensen said, "and we will pay for it."')
    found = direct(sc)
    assert len(found) == 2 and found[0].how is How.AFTER
    before = [dataclasses.replace(c.quote) for c in found]
    (joined,) = join_pieces(sc, found)
    assert joined.quote.parts == [found[1].quote.span]
    assert [c.quote for c in found] == before and found[0].quote.parts == []


def test_a_reported_clause_around_quoted_words_names_the_direct_quotes_it_replaces(analyser):
    sc = _scene(analyser, 'Headline\n\nMayor Laura Jensen said the plan was "a disaster for the whole city" and '
                          'would hurt the workers of the port.')
    found = direct(sc)
    said, absorbed = reported(sc, found)
    assert len(found) == 1 and absorbed == {0}
    assert [sc.text[slice(*c.quote.span)] for c in said] == [
        'the plan was "a disaster for the whole city" and would hurt the workers of the port']
    assert said[0].mark is found[0].mark  # the reported clause ends in the quoted words: their marks


def test_the_medium_nouns_are_the_lexicon_s(analyser):
    text = 'Headline\n\n"The bridge will open in May," Mayor Laura Jensen said in a statement on Monday.'
    doc = analyser.nlp(text)
    document = Document(identifier="t.html", text=text, fmt="html")
    shipped = lexicons.shipped()
    words = dict(shipped.words)
    words["medium_nouns"] = words["medium_nouns"] - {"statement"}
    fewer = dataclasses.replace(shipped, words=MappingProxyType(words))
    assert [q.medium for q in analyse_doc(doc, document).quotations] == ["in a statement"]
    assert [q.medium for q in analyse_doc(doc, document, lex=fewer).quotations] == [None]


def test_a_lexicon_folder_without_quote_marks_is_an_error(tmp_path):
    root = tmp_path / "lex"
    shutil.copytree(lexicons.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (root / "en" / "quote_marks.tsv").unlink()
    with pytest.raises(KeyError):
        read("en", root)


def test_the_quote_confidences_are_the_lexicon_s(analyser):
    text = 'Headline\n\n"The bridge will open in May," Mayor Laura Jensen said on Monday.'
    doc = analyser.nlp(text)
    document = Document(identifier="t.html", text=text, fmt="html")
    shipped = lexicons.shipped()
    lower = dataclasses.replace(shipped, confidence=MappingProxyType({**shipped.confidence, "quote-closed": 0.33}))
    assert [q.confidence for q in analyse_doc(doc, document).quotations] == [0.9]
    assert [q.confidence for q in analyse_doc(doc, document, lex=lower).quotations] == [0.33]
