"""The typed event-trigger lexicon (kg/lexicons/en/event_types.tsv, issue #16): its declared
columns, its types are classes of the event scheme, and the rows carry what the sources give
(types for verbs and nouns, sense hints that tell a lemma's event types apart)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import rdflib

from kg import lexicons
from kg.lexicons import read_table

ROOT = Path(__file__).resolve().parents[1]
TABLE = lexicons.ROOT / "en" / "event_types.tsv"
EV = "https://w3id.org/newskg/events#"


def _rows():
    return read_table(TABLE).rows


def test_columns_are_declared():
    assert read_table(TABLE).columns == ("lemma", "pos", "type", "cameo", "sense", "source")


def test_every_type_is_a_class_of_the_scheme():
    g = rdflib.Graph().parse(ROOT / "ontology" / "events.ttl", format="turtle")
    classes = {str(s)[len(EV):] for s in g.subjects(rdflib.RDF.type, rdflib.OWL.Class) if str(s).startswith(EV)}
    types = {r["type"] for r in _rows()}
    assert types <= classes, types - classes
    # nearly every type of the scheme has triggers (the categories themselves need none)
    assert len(types) >= 40


def test_rows_are_well_formed_and_sourced():
    rows = _rows()
    assert len(rows) > 3000
    for r in rows:
        assert r["lemma"] == r["lemma"].lower().strip() and r["lemma"], r
        assert r["pos"] in {"VERB", "NOUN", "PHRASE"}, r
        assert r["source"].startswith(("cameo:", "wordnet:")), r
        assert (" " in r["lemma"]) or r["pos"] != "PHRASE", r
    by = defaultdict(set)
    for r in rows:
        by[r["pos"]].add(r["type"])
    assert len(by["NOUN"]) >= 30  # event nouns for most types, not only verbs


def test_a_lemma_with_several_types_has_sense_hints():
    rows = defaultdict(list)
    for r in _rows():
        rows[(r["lemma"], r["pos"])].append(r)
    dismiss = {r["type"]: r["sense"] for r in rows[("dismiss", "VERB")]}
    assert {"EndPosition", "Reject"} <= set(dismiss)
    assert "employment" in dismiss["EndPosition"] and "accusation" in dismiss["Reject"]


def test_the_old_trigger_table_is_unchanged():  # still read by the entity rules (names of events)
    lex = lexicons.shipped()
    kinds = set(lex.event_words.values()) | set(lex.event_phrases.values())
    assert kinds and all(k == k.lower() for k in kinds)  # the 21 lower-case kinds, not scheme types


def test_a_verb_sense_framed_only_with_an_object_is_marked():
    # rule 87: WordNet frames "try" as putting on trial only as "Somebody ----s somebody", and as attempting
    # "Somebody ----s to INFINITIVE"; "vote" in its first sense also as "Somebody ----s", so "voted to
    # approve" keeps its sense; no sense of "pledge" has an infinitive frame, so "pledged to help" keeps its own
    ranks = {(r["lemma"], r["pos"], r["type"]): r for r in read_table(lexicons.ROOT / "en" / "event_sense_ranks.tsv").rows}
    assert ranks[("try", "VERB", "TrialHearing")]["object"] == "yes"
    assert ranks[("vote", "VERB", "Vote")]["object"] == ""
    assert ranks[("pledge", "VERB", "Declare")]["object"] == ""


def test_a_verb_sense_framed_only_with_a_noun_object_after_one_framed_without_is_marked():
    # rule 96: "hear" as a court hearing a case (its 3rd sense) has only "Somebody ----s something", as
    # perceiving (its 1st) also "Somebody ----s"; "meet" as coming together is the verb's 1st sense
    ranks = {(r["lemma"], r["pos"], r["type"]): r for r in read_table(lexicons.ROOT / "en" / "event_sense_ranks.tsv").rows}
    assert ranks[("hear", "VERB", "TrialHearing")]["transitive"] == "yes"
    assert ranks[("meet", "VERB", "Meet")]["transitive"] == ""
    assert ranks[("suspend", "VERB", "Suspend")]["transitive"] == ""


def test_a_noun_linked_only_by_morphology_takes_no_type():
    # rule 86: WordNet links the noun "flight" (travelling by air) to the rare verb "flight" (shoot a bird in
    # flight, a way of killing) and to "fly"; "place" and "post" to verbs of appointing. A derived noun keeps a
    # seed's type only when its hypernyms reach the type's nouns or most of its linked verbs are the type's.
    rows = {(r["lemma"], r["pos"], r["type"]) for r in _rows()}
    for dropped in (("flight", "NOUN", "Die"), ("place", "NOUN", "StartPosition"), ("post", "NOUN", "StartPosition"),
                    ("suggestion", "NOUN", "Declare"), ("shock", "NOUN", "Injure")):
        assert dropped not in rows, dropped
    for kept in (("killing", "NOUN", "Die"), ("shooting", "NOUN", "Die"), ("strangulation", "NOUN", "Die"),
                 ("hanging", "NOUN", "Execute"), ("impeachment", "NOUN", "ChargeIndict")):
        assert kept in rows, kept


def test_a_noun_whose_verb_is_made_from_it_takes_no_type():
    # rule 110: "job" and "task" are the words of the verbs they are linked to ("job" work out, "task" someone,
    # troponyms of hire.v.01 and appoint.v.02); SemCor tags the nouns and never those verbs, so the verb is made
    # from the noun, and the noun names the work, not the act of hiring. Nominalisations with their own suffix stay.
    rows = {(r["lemma"], r["pos"], r["type"]) for r in _rows()}
    for dropped in (("job", "NOUN", "StartPosition"), ("task", "NOUN", "StartPosition"), ("blockade", "NOUN", "Attack"),
                    ("action", "NOUN", "Sue")):
        assert dropped not in rows, dropped
    for kept in (("assassination", "NOUN", "Die"), ("impeachment", "NOUN", "ChargeIndict"),
                 ("resignation", "NOUN", "EndPosition"), ("appointment", "NOUN", "StartPosition"),
                 ("killing", "NOUN", "Die"), ("blaze", "NOUN", "FireExplosion"), ("job", "VERB", "StartPosition")):
        assert kept in rows, kept


def test_a_message_no_verb_makes_is_marked():
    # rule 98: "manifesto" and "proposal" (the plan proposed, its first sense) are messages WordNet links to no
    # verb; "statement" and "announcement" are linked to "state" and "announce", "letter" is a written document
    ranks = {(r["lemma"], r["pos"], r["type"]): r for r in read_table(lexicons.ROOT / "en" / "event_sense_ranks.tsv").rows}
    assert ranks[("manifesto", "NOUN", "Declare")]["message"] == "yes"
    assert ranks[("proposal", "NOUN", "Request")]["message"] == "yes"
    # rule 99: "question" is first the act of questioning, second "the subject matter at issue", linked to no verb
    assert ranks[("question", "NOUN", "Request")]["message"] == "yes"
    assert ranks[("statement", "NOUN", "Declare")]["message"] == ""
    assert ranks[("announcement", "NOUN", "Declare")]["message"] == ""
