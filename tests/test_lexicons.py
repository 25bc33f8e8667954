"""The lexicons: tables with a declared schema, one folder per language, an object that can be passed in."""
from __future__ import annotations

import json
import shutil

import pytest

from kg import lexicons
from kg.lexicons import LexiconError, read, read_table


def test_every_shipped_table_declares_its_columns():
    tables = sorted(lexicons.ROOT.glob("*.tsv")) + sorted((lexicons.ROOT / "en").glob("*.tsv"))
    assert len(tables) > 20
    for path in tables:
        t = read_table(path)
        assert t.columns and all(t.columns), path
        assert all(set(r) == set(t.columns) for r in t.rows), path


def test_a_row_with_more_cells_than_its_header_names_is_an_error_naming_the_line(tmp_path):
    p = tmp_path / "titles.tsv"
    p.write_text("# a comment\ntitle\tconcept\nwarden\tofficial\nreeve\tofficial\t-\textra\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"titles\.tsv:4: 4 cells, but the header names 2"):
        read_table(p)


def test_a_table_without_a_header_is_an_error(tmp_path):
    p = tmp_path / "words.tsv"
    p.write_text("# only comments\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="no header"):
        read_table(p)


def test_trailing_cells_may_be_left_out():
    t = {r["title"]: r for r in read_table(lexicons.ROOT / "en" / "titles.tsv")}
    assert t["mayor"]["label"] == ""
    assert t["sen."]["label"] == "Senator"


def test_a_language_without_lexicons_is_an_error():
    with pytest.raises(LexiconError, match="no lexicons for language 'xx'"):
        read("xx")


def test_an_unknown_word_set_is_an_error_not_an_empty_set():
    with pytest.raises(KeyError):
        lexicons.load().words["no_such_set"]


def test_load_answers_the_lexicons_a_block_uses(tmp_path):
    root = tmp_path / "lex"
    shutil.copytree(lexicons.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with open(root / "en" / "words.tsv", "a", encoding="utf-8") as f:
        f.write("male_pronouns\thim-self\n")
    other = read("en", root)
    assert lexicons.load() is lexicons.shipped()
    with lexicons.using(other):
        assert "him-self" in lexicons.load().words["male_pronouns"]
    assert "him-self" not in lexicons.load().words["male_pronouns"]


def test_a_lexicon_passed_to_the_analysis_is_the_one_its_rules_read(analyser, tmp_path):
    """The confidence of the pre-nominal title rule, changed in a copy of rules.tsv, reaches the record."""
    from kg.analyse import analyse_doc
    from kg.read import Document

    from .rules.test_parse_pinned import PRENOMINAL, pinned

    root = tmp_path / "lex"
    shutil.copytree(lexicons.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    rules = root / "rules.tsv"
    rules.write_text(rules.read_text(encoding="utf-8").replace("prenominal\t0.9\t", "prenominal\t0.42\t"),
                     encoding="utf-8")
    doc = pinned(analyser, PRENOMINAL)
    document = Document(identifier="pinned.html", text=doc.text, fmt="html")
    shipped = analyse_doc(doc, document)
    swapped = analyse_doc(doc, document, lex=read("en", root))
    assert [m.confidence for m in shipped.memberships] == [0.9]
    assert [m.confidence for m in swapped.memberships] == [0.42]


def test_first_names_and_weekdays_are_read_through_the_lexicons(tmp_path):
    """What gender-guesser's answers say of a first name (first_name_genders.tsv) and the days of
    the week (en/weekdays.tsv) come from the lexicons in use, not from the code."""
    from datetime import date

    from kg.analyse import dates
    from kg.analyse.names import first_name_gender, gendered_first_name, is_first_name

    assert (first_name_gender("Casey"), is_first_name("Casey"), gendered_first_name("Casey")) == ("-", True, False)
    assert first_name_gender("Alex") == "m" and first_name_gender("Zqxw") is None
    monday = date(2026, 11, 30)
    assert dates.resolve("on Friday", monday) == "2026-11-27"
    root = tmp_path / "lex"
    shutil.copytree(lexicons.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    genders = root / "first_name_genders.tsv"
    genders.write_text(genders.read_text(encoding="utf-8").replace("andy\t-\n", ""), encoding="utf-8")
    (root / "en" / "weekdays.tsv").write_text("weekday\n", encoding="utf-8")
    with lexicons.using(read("en", root)):
        assert not is_first_name("Casey") and is_first_name("Alex")
        assert dates.resolve("on Friday", monday) is None


def _tool(name: str):
    """A script of ``tools/`` loaded as a module (the tools are no package)."""
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def test_happening_arguments_read_a_nouns_lower_case_senses_first(tmp_path, capsys):
    """WordNet's index folds case: an invented surname's painter listed before the common noun's act
    must not make the noun a person; a word WordNet only capitalises keeps its capitalised sense."""
    tool = _tool("wordnet_happening_arguments")
    (tmp_path / "data.noun").write_text(
        "  invented test data\n"
        "00000001 18 n 01 Zorble 0 001 @i 00000003 n 0000 | an invented painter\n"
        "00000002 04 n 01 zorble 0 001 @ 00000004 n 0000 | an invented search\n"
        "00000003 18 n 01 painter 0 000 | a person who paints\n"
        "00000004 04 n 01 search 0 000 | an act of looking\n"
        "00000005 18 n 01 Glorbian 0 001 @ 00000003 n 0000 | an invented people's member\n")
    (tmp_path / "index.noun").write_text(
        "zorble n 2 1 @ 2 0 00000001 00000002\n"
        "painter n 1 0 1 0 00000003\n"
        "search n 1 0 1 0 00000004\n"
        "glorbian n 1 1 @ 1 0 00000005\n")
    (tmp_path / "common.tsv").write_text("zorble\npainter\nsearch\nglorbian\n")
    assert tool.main(["x", str(tmp_path), str(tmp_path / "common.tsv")]) == 0
    rows = {tuple(ln.split("\t")) for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")}
    assert ("zorble", "abstract") in rows and ("zorble", "person") not in rows
    assert ("glorbian", "person") in rows and ("painter", "person") in rows


def test_happening_arguments_mark_what_is_under_an_illness_a_disease(tmp_path, capsys):
    """A noun whose first sense lies under illness.n.01 (at any depth) is a ``disease`` beside its other kinds;
    a noun of the same file that is no illness is not (invented synsets; the root's WordNet 3.0 offset)."""
    tool = _tool("wordnet_happening_arguments")
    (tmp_path / "data.noun").write_text(
        "  invented test data\n"
        "14061805 26 n 01 illness 0 000 | an invented illness root\n"
        "00000002 26 n 01 glorbitis 0 001 @ 00000003 n 0000 | an invented disease\n"
        "00000003 26 n 01 malady 0 001 @ 14061805 n 0000 | an invented kind of illness\n"
        "00000004 26 n 01 calm 0 000 | an invented state\n")
    (tmp_path / "index.noun").write_text(
        "calm n 1 0 1 0 00000004\n"
        "glorbitis n 1 1 @ 1 0 00000002\n"
        "illness n 1 0 1 0 14061805\n"
        "malady n 1 1 @ 1 0 00000003\n")
    (tmp_path / "common.tsv").write_text("glorbitis\nmalady\ncalm\n")
    assert tool.main(["x", str(tmp_path), str(tmp_path / "common.tsv")]) == 0
    rows = {tuple(ln.split("\t")) for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")}
    assert ("glorbitis", "disease") in rows and ("malady", "disease") in rows and ("glorbitis", "abstract") in rows
    assert ("calm", "disease") not in rows and ("calm", "abstract") in rows


def test_verb_occurrence_uses_count_the_semcor_uses_of_every_sense(tmp_path, capsys):
    """tools/verb_occurrence_uses.py on invented WordNet files: an invented verb whose first sense is a motion
    (verb.motion, file 38) but whose other two senses are states (verb.stative, 42) is listed with all its
    SemCor uses and those of the motion sense only; a verb whose first sense is a state is not listed."""
    tool = _tool("verb_occurrence_uses")
    (tmp_path / "data.verb").write_text(
        "  invented test data\n"
        "00000001 38 v 01 zorble 0 000 00 | go before an invented crowd\n"
        "00000002 42 v 01 zorble 1 000 00 | be ahead in an invented count\n"
        "00000003 42 v 01 zorble 2 000 00 | tend to an invented result\n"
        "00000004 42 v 01 glorb 0 000 00 | be in an invented state\n")
    (tmp_path / "index.verb").write_text(
        "glorb v 1 0 1 0 00000004\n"
        "zorble v 3 0 3 0 00000001 00000002 00000003\n")
    (tmp_path / "cntlist.rev").write_text(
        "zorble%2:38:00:: 1 4\nzorble%2:42:00:: 2 5\nzorble%2:42:01:: 3 3\nglorb%2:42:00:: 1 9\n")
    assert tool.main([str(tmp_path)]) == 0
    rows = [ln.split("\t") for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert rows == [["lemma", "tagged", "occurring"], ["zorble", "12", "4"]]


@pytest.mark.parametrize("gloss, office", [
    ("Norwegian statesman who became prime minister in 1971 (born in 1930)", ("Norway", "head_of_government", "Prime Minister")),
    ("Norwegian labor leader who led a strike (1900-1970)", None),  # a union's leader, no state's
    ("Norwegian statesman who served as vice president of the Norvale Society (born in 1930)", None),
    ("first president of Norway; a writer of plays (1901-1980)", ("Norway", "head_of_state", "President")),
    ("Norwegian general who served under President Smith (born in 1930)", None),  # another person's title
])
def test_office_holders_read_the_office_and_country_a_gloss_gives(gloss, office):
    """tools/wordnet_office_holders.py on invented WordNet glosses."""
    tool = _tool("wordnet_office_holders")
    names, demonyms = tool.countries()
    assert tool.office(gloss, names, demonyms) == office
    assert tool.ended("prime minister from 1971 until 1976 (born in 1930)")
    assert tool.years("Norwegian statesman (1901-1980)") == (1980, True)
    assert tool.years("Norwegian statesman (1801-1880)")[1] is False  # no news figure


def test_surname_share_counts_a_surname_a_full_name_confirms_even_when_it_is_a_first_name_too():
    """tools/surname_share.py on an invented store: "Howard" beside "Ann Howard" is a surname-only
    node although gender-guesser knows it as a first name; "Sandra" alone is a first name."""
    import pyoxigraph as ox
    from kg.layout import ENTITY_GRAPH
    from kg.vocab import A, RDFS, SCHEMA
    tool = _tool("surname_share")
    store = ox.Store()
    for i, label in enumerate(["Ann Howard", "Howard", "Sandra", "Quorvel", "Tom Baird"]):
        node = ox.NamedNode(f"https://example.org/p{i}")
        store.add(ox.Quad(node, A, SCHEMA.Person, ENTITY_GRAPH))
        store.add(ox.Quad(node, RDFS.label, ox.Literal(label), ENTITY_GRAPH))
    c = tool.count(store)
    assert (c["people"], c["one_word"], c["surnames"], c["first_names"], c["other"]) == (5, 3, 1, 1, 1)
    assert c["names"]["surnames"] == {"Howard": 1} and c["names"]["other"] == {"Quorvel": 1}


def test_surname_share_reads_a_title_before_a_first_name_as_no_first_name():
    """tools/surname_share.py: "Prince Oliver" makes no surname of "Oliver" (WordNet reads "prince"
    first as a person's noun: a title), while "Ann Oliver" does; an invented store."""
    import pyoxigraph as ox
    from kg.layout import ENTITY_GRAPH
    from kg.vocab import A, RDFS, SCHEMA
    tool = _tool("surname_share")
    for full, surnames in (("Prince Oliver", 0), ("Ann Oliver", 1)):
        store = ox.Store()
        for i, label in enumerate([full, "Oliver"]):
            node = ox.NamedNode(f"https://example.org/p{i}")
            store.add(ox.Quad(node, A, SCHEMA.Person, ENTITY_GRAPH))
            store.add(ox.Quad(node, RDFS.label, ox.Literal(label), ENTITY_GRAPH))
        c = tool.count(store)
        assert (c["surnames"], c["first_names"]) == (surnames, 1 - surnames)


def test_institution_countries_read_the_one_country_of_a_national_body(tmp_path, capsys):
    """tools/wordnet_institution_countries.py on invented WordNet synsets under the real roots'
    offsets: a party whose gloss names one country (by a demonym or a name) is listed under each
    capitalised name; one naming two countries, a former one, a name two countries' bodies share and a
    one-word name that is a common word in another sense are not."""
    tool = _tool("wordnet_institution_countries")
    (tmp_path / "data.noun").write_text(
        "  invented test data\n"
        "08256968 14 n 01 political_party 0 000 | an organization to gain political power\n"
        "00000001 14 n 02 Glorbian_Party 0 Glorbians 0 001 @ 08256968 n 0000 | a political party in Norway\n"
        "00000002 14 n 01 Zorb_Front 0 001 @ 08256968 n 0000 | the Norwegian party of the left; founded 1900\n"
        "00000003 14 n 01 Blend_Party 0 001 @ 08256968 n 0000 | a party in Norway and Sweden\n"
        "00000004 14 n 01 Old_Party 0 001 @ 08256968 n 0000 | a former political party in Norway\n"
        "00000005 14 n 02 Work_Party 0 Work 0 001 @ 08256968 n 0000 | a political party in Sweden\n"
        "00000006 14 n 01 Glorbians 0 001 @ 08256968 n 0000 | a political party in Sweden\n"
        "00000007 04 n 01 work 0 000 | activity directed toward making something\n")
    for pos in ("verb", "adj", "adv"):
        (tmp_path / f"index.{pos}").write_text("")
    (tmp_path / "index.noun").write_text(
        "glorbians n 2 0 2 0 00000001 00000006\n"
        "work n 2 0 2 0 00000005 00000007\n")
    assert tool.main([str(tmp_path)]) == 0
    rows = {tuple(ln.split("\t")) for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")}
    assert ("Glorbian Party", "Norway") in rows and ("Zorb Front", "Norway") in rows
    assert ("Work Party", "Sweden") in rows
    assert not {r for r in rows if r[0] in {"Blend Party", "Old Party", "Glorbians", "Work"}}


def test_happening_arguments_mark_a_group_under_organization_an_organization(tmp_path, capsys):
    """A noun whose first sense is a group under organization.n.01 (at any depth; the root's WordNet 3.0
    offset) is an ``organization`` beside ``group``; a social group that is none is only a group."""
    tool = _tool("wordnet_happening_arguments")
    (tmp_path / "data.noun").write_text(
        "  invented test data\n"
        "08008335 14 n 01 organization 0 000 | an invented organisation root\n"
        "00000002 14 n 01 glorbade 0 001 @ 00000003 n 0000 | an invented military body\n"
        "00000003 14 n 01 unit 0 001 @ 08008335 n 0000 | an invented kind of organisation\n"
        "00000004 14 n 01 zorbclass 0 000 | an invented social group\n")
    (tmp_path / "index.noun").write_text(
        "glorbade n 1 1 @ 1 0 00000002\n"
        "organization n 1 0 1 0 08008335\n"
        "unit n 1 1 @ 1 0 00000003\n"
        "zorbclass n 1 0 1 0 00000004\n")
    (tmp_path / "common.tsv").write_text("glorbade\nzorbclass\nunit\n")
    assert tool.main(["x", str(tmp_path), str(tmp_path / "common.tsv")]) == 0
    rows = {tuple(ln.split("\t")) for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")}
    assert ("glorbade", "organization") in rows and ("glorbade", "group") in rows
    assert ("zorbclass", "group") in rows and ("zorbclass", "organization") not in rows


def _name_kinds_wordnet(tmp_path):
    """Invented WordNet data: writers (instances), a character of fiction, a trade with a person's sense,
    an artifact."""
    (tmp_path / "data.noun").write_text(
        "  invented test data\n"
        "09587565 18 n 01 fictional_character 0 000 | the root of characters (WordNet 3.0's offset)\n"
        "00000002 18 n 01 writer 0 000 | a person who writes\n"
        "00000003 18 n 02 Zorbin 0 Ada_Zorbin 0 001 @i 00000002 n 0000 | an invented writer\n"
        "00000004 18 n 01 Glork 0 001 @i 09587565 n 0000 | an invented villain of a novel\n"
        "00000005 18 n 02 Vask 0 Ivo_Vask 0 001 @i 00000002 n 0000 | an invented poet\n"
        "00000006 18 n 02 Vask 0 Ana_Vask 0 001 @i 00000002 n 0000 | another invented poet\n"
        "00000007 18 n 01 tromper 0 001 @ 00000002 n 0000 | an invented trade\n"
        "00000008 18 n 02 Tromper 0 Lia_Tromper 0 001 @i 00000002 n 0000 | an invented stateswoman\n"
        "00000009 06 n 01 zorbship 0 000 | an invented vessel\n")
    (tmp_path / "index.noun").write_text(
        "fictional_character n 1 0 1 0 09587565\n"
        "glork n 1 1 @ 1 0 00000004\n"
        "tromper n 2 1 @ 2 0 00000007 00000008\n"
        "vask n 2 1 @ 2 0 00000005 00000006\n"
        "writer n 1 0 1 0 00000002\n"
        "zorbin n 1 1 @ 1 0 00000003\n"
        "zorbship n 1 0 1 0 00000009\n")


def test_name_kinds_list_characters_of_fiction_and_class_nouns_of_things(tmp_path, capsys):
    """A character of fiction is a ``character``; a common noun whose first sense is an artifact and none a
    person is a ``thing``; a noun with a person's sense is not."""
    _name_kinds_wordnet(tmp_path)
    (tmp_path / "common.tsv").write_text("zorbship\ntromper\nwriter\n")
    assert _tool("wordnet_name_kinds").main(["x", str(tmp_path), str(tmp_path / "common.tsv")]) == 0
    rows = {tuple(ln.split("\t")) for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")}
    assert ("Glork", "character") in rows and ("zorbship", "thing") in rows
    assert not any(r[0] in {"tromper", "writer", "Zorbin"} for r in rows)


def test_event_census_tells_a_missed_event_with_no_trigger_from_a_matched_one(tmp_path, capsys):
    """tools/event_census.py on an invented article and gold: the arrest is found (not listed); the invented
    verb has no trigger (NOTRIG, with the finder's steps on it); the finder's class is restored after."""
    from kg.analyse import event_triggers

    from .conftest import shared_path
    scorer = shared_path("eval", "score.py")
    tool = _tool("event_census")
    (tmp_path / "a.txt").write_text(
        "Harbour police arrest ferry captain\n\nHarbour police arrested the ferry captain, Ann Lee, on Monday. "
        "Later the board zorbled the old quay.\n", encoding="utf-8")
    gold = {"source": "a.txt", "events": [
        {"label": "arrest", "triggers": ["arrested the ferry captain"], "participants": []},
        {"label": "zorble", "triggers": ["zorbled the old quay"], "participants": []}]}
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    find = event_triggers.TriggerFinder.find
    tally = tool.census(tmp_path, [tmp_path / "a.json"], tool.load_scorer(scorer))
    out = capsys.readouterr().out
    assert dict(tally) == {"NOTRIG": 1}
    assert "NOTRIG" in out and "zorbled VERB" in out and "'lookup'" in out and "arrested" not in out
    assert event_triggers.TriggerFinder.find is find


def test_example_objects_read_the_object_of_a_cameo_verbs_first_senses_example(tmp_path, capsys):
    """Rule 176's table: the direct object of the first WordNet sense's own example, by its kinds
    (happening_arguments.tsv's, ``abstract`` left out); a later sense's example and a verb of no CAMEO row
    give nothing."""
    tool = _tool("wordnet_example_objects")
    (tmp_path / "data.verb").write_text(
        "  invented test data\n"
        "00000001 41 v 01 enlist 0 000 | become a member; \"She enlisted the union in spring\"\n"
        "00000002 41 v 01 enlist 0 000 | invite to come; \"He enlisted the clerk for lunch\"\n"
        "00000003 41 v 01 admire 0 000 | look up to; \"They admired the union\"\n")
    (tmp_path / "index.verb").write_text(
        "admire v 1 0 1 0 00000003\n"
        "enlist v 2 0 2 0 00000001 00000002\n")
    for name in ("data.noun", "index.noun", "cntlist.rev"):  # the shared reader's other files, empty here
        (tmp_path / name).write_text("")
    (tmp_path / "types.tsv").write_text(
        "lemma\tpos\ttype\tcameo\tsense\tsource\n"
        "enlist\tVERB\tMeet\t040\t\tcameo:ASSEMBLE\n"
        "admire\tVERB\tStatement\t\t\twordnet\n")
    (tmp_path / "kinds.tsv").write_text(
        "noun\tkind\nunion\tabstract\nunion\tgroup\nunion\torganization\nclerk\tperson\n")
    assert tool.main(["x", str(tmp_path), str(tmp_path / "types.tsv"), str(tmp_path / "kinds.tsv")]) == 0
    rows = [ln.split("\t") for ln in capsys.readouterr().out.splitlines()[4:]]
    assert rows == [["enlist", "00000001.verb.social", "union", "group,organization"]]
