"""The pipeline around the rules: chunking, normalised text, offsets into the text as read."""
from __future__ import annotations

import pytest

from .helpers import analyse, quotes


def test_a_long_paragraph_is_cut_at_spaces_and_offsets_stay_true(analyser, monkeypatch):
    import kg.analyse as an

    monkeypatch.setattr(an, "CHUNK_CHARS", 300)
    para = " ".join(["Governor Maria Lopez of Nevada signed the bill."] * 40)  # one paragraph, 1,900 chars
    doc, rec = analyse(analyser, para)
    (lopez,) = [e for e in rec.entities if e.name == "Maria Lopez"]
    assert len(lopez.mentions) >= 35
    assert all(doc.text[s:e] == "Maria Lopez" for s, e in lopez.mentions)


def test_long_article_is_chunked_with_true_offsets(analyser, monkeypatch):
    import kg.analyse as an

    monkeypatch.setattr(an, "CHUNK_CHARS", 400)
    para = "Mayor Laura Jensen of Springfield spoke on Monday about the budget and the new library.\n\n"
    doc, rec = analyse(analyser, para * 12)
    assert len(an.chunks(doc.text, 400)) > 2
    (jensen,) = [e for e in rec.entities if e.name == "Laura Jensen"]
    assert len(jensen.mentions) == 12
    assert all(doc.text[s:e] == "Laura Jensen" for s, e in jensen.mentions)


@pytest.mark.parametrize("body,name", [
    ("Mayor Laura\u00a0Jensen of Springfield opened the library.", "Laura Jensen"),
    ("Mayor Laura\u200b Jensen of Springfield opened the library.", "Laura Jensen"),
    ("Mayor \uff2c\uff41\uff55\uff52\uff41 Jensen of Springfield opened the library.", "Laura Jensen"),
    ("Mayor Laura Jense\u0301n of Springfield opened the library.", "Laura Jensén"),
])
def test_hidden_characters_do_not_hide_names_and_offsets_stay_true(analyser, body, name):
    import unicodedata

    doc, rec = analyse(analyser, body)
    (e,) = [e for e in rec.entities if e.kind == "PERSON"]
    assert e.name == name
    ((s, t),) = e.mentions
    said = doc.text[s:t]  # the characters as read: the evidence covers exactly the name
    cleaned = unicodedata.normalize("NFKC", said.replace("\u200b", "")).replace("\u00a0", " ")
    assert cleaned == name


def test_markup_tags_left_in_a_text_are_read_as_blanks(analyser):
    text = ('<tweet pic="" author="annwu" id="7">"The bridge is almost done," Ann Wu wrote.</tweet>\n\n'
            'Mayor Laura Jensen said the road would open in June.')
    doc, rec = analyse(analyser, text)
    got = {(w, sp) for w, sp, _d, _c in quotes(doc, rec)}
    assert ("The bridge is almost done,", "Ann Wu") in got and ("the road would open in June", "Laura Jensen") in got, got
    assert not any("author" in w or "<" in w for w, _sp in got)
