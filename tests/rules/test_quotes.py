"""Quotations: quote marks, direct and reported speech, attribution, speakers, pieces of one quotation."""
from __future__ import annotations

import pytest

from kg.analyse.quotes import find_marked

from .helpers import analyse, names, said, quotes, direct_pieces


def test_direct_quote_with_inverted_attribution(analyser):
    doc, rec = analyse(analyser, '"We will not back down on this," said Senator Paul Harlan.')
    ((text, speaker, direct, cue),) = [q for q in quotes(doc, rec) if q[2]]
    assert text == "We will not back down on this,"
    assert (speaker, cue) == ("Paul Harlan", "say")


def test_colon_quote_and_follow_on_quote(analyser):
    text = ('Judge Emily Carter told reporters: "The court will rule next week." '
            '"Nobody should read anything into the delay."')
    doc, rec = analyse(analyser, text)
    qs = [q for q in quotes(doc, rec) if q[2]]
    assert [q[1] for q in qs] == ["Emily Carter", "Emily Carter"]
    first = next(q for q in rec.quotations if q.direct)
    assert first.addressee_text == "reporters"


def test_pronoun_speaker_resolved_by_gender(analyser):
    text = ('Anna Weber met Carlos Mendes in Berlin. "The talks went well," she said.')
    doc, rec = analyse(analyser, text)
    ((_t, speaker, _d, _c),) = [q for q in quotes(doc, rec) if q[2]]
    assert speaker == "Anna Weber"


def test_reported_speech_and_according_to(analyser):
    text = ("Senator Paul Harlan argued that the budget was far too small. "
            "According to Harlan, the cuts would close three hospitals.")
    doc, rec = analyse(analyser, text)
    reported = [q for q in quotes(doc, rec) if not q[2]]
    assert ("the budget was far too small", "Paul Harlan", False, "argue") in reported
    assert any(t.startswith("the cuts would close three hospitals") and s == "Paul Harlan"
               and c == "according to" for t, s, _d, c in reported)


def test_partial_quote_inside_a_reported_clause_is_the_clause(analyser):
    text = 'Senator Paul Harlan said the new rules were "a gift to lobbyists" and would not pass.'
    doc, rec = analyse(analyser, text)
    (q,) = quotes(doc, rec)
    assert q[0].startswith('the new rules were "a gift to lobbyists" and would not pass')
    assert q[1] == "Paul Harlan" and not q[2]


def test_a_title_in_quotes_is_nobody_s_words(analyser):
    text = ('"We will win this state," Senator Paul Harlan said. '
            'His staff watched "Morning Report" on a small screen in the hall.')
    doc, rec = analyse(analyser, text)
    assert [q[0] for q in quotes(doc, rec) if q[2]] == ["We will win this state,"]


def test_medium_of_a_statement(analyser):
    doc, rec = analyse(analyser, 'Governor Maria Lopez said in a statement that the state would appeal.')
    (q,) = rec.quotations
    assert q.medium == "in a statement" and not q.direct


def test_unbalanced_quote_does_not_swallow_the_next_paragraph():
    text = 'He said "this never closes.\n\nThe next paragraph is plain reporting by the paper.\n'
    spans = [(m.start, m.end, m.closed) for m in find_marked(text)]
    assert spans == [(9, 27, False)]
    assert text[9:27] == "this never closes."


def test_quote_marks_straight_curly_nested_and_apostrophes():
    text = "She wrote, \u201cI\u2019m sure he said \u2018let\u2019s wait\u2019 twice.\u201d Then \"no\" and \"yes, fine\"."
    got = [text[m.start:m.end] for m in find_marked(text)]
    assert "I\u2019m sure he said \u2018let\u2019s wait\u2019 twice." in got
    assert "let\u2019s wait" in got
    assert "yes, fine" in got and "no" in got  # straight marks pair up in order
    assert not any(g.startswith(" and") for g in got)


def test_quote_marks_written_as_two_apostrophes():
    text = "''We won't wait,'' he said. ''She told me, 'not yet,' '' and then: '''Why not?''' Bob's."
    got = [text[m.start:m.end] for m in find_marked(text)]
    assert got[:2] == ["We won't wait,", "She told me, 'not yet,' '"]
    assert "not yet," in got and "'Why not?'" in got and "Why not?" in got

def test_speaker_named_through_a_campaign_or_spokesman(analyser):
    text = ("Senator Paul Harlan spoke in Ohio. Harlan's campaign said the numbers were wrong. "
            "Mayor Laura Jensen was there too. A spokeswoman for Jensen said the mayor would not run.")
    got = said(analyser, text)
    assert ("the numbers were wrong", "Paul Harlan") in got
    assert ("the mayor would not run", "Laura Jensen") in got


def test_cue_set_off_inside_the_reported_clause(analyser):
    text = "Senator Paul Harlan toured the plant. The closures, Harlan said, would cost the county dearly."
    doc, rec = analyse(analyser, text)
    ((t, speaker, direct, _c),) = quotes(doc, rec)
    assert t.startswith("The closures") and t.endswith("would cost the county dearly")
    assert speaker == "Paul Harlan" and not direct


def test_object_of_a_verb_of_calling_is_what_was_said(analyser):
    text = 'Senator Paul Harlan called the budget "a slow-motion disaster" on Monday.'
    doc, rec = analyse(analyser, text)
    ((t, speaker, _d, cue),) = quotes(doc, rec)
    assert t.startswith('the budget "a slow-motion disaster') and (speaker, cue) == ("Paul Harlan", "call")


def test_follow_on_quote_after_an_attribution_naming_someone_else(analyser):
    text = ('"The plan is sound," said Paul Harlan, an adviser to Mayor Laura Jensen. '
            '"We have checked every figure twice and found nothing wrong."')
    got = direct_pieces(analyser, text)
    assert got == [(["The plan is sound,", "We have checked every figure twice and found nothing wrong."],
                    "Paul Harlan")]


def test_name_inside_an_object_before_saying_is_not_the_speaker(analyser):
    text = ("Senator Mark Holloway, who faces a hard race this fall, withdrew his support for Laura Jensen, "
            "saying she lacked the experience for the job.")
    got = said(analyser, text)
    assert ("she lacked the experience for the job", "Mark Holloway") in got


def test_spokesman_in_apposition_after_a_dash_is_the_speaker(analyser):
    text = ("Mayor Laura Jensen spoke on Monday. And it was no accident — Brian Keller, a spokesman for Jensen, "
            "told reporters that the mayor had warned the council.")
    got = said(analyser, text)
    assert ("the mayor had warned the council", "Brian Keller") in got


def test_name_in_apposition_beats_the_modifier_of_a_role_noun(analyser):
    text = "When the agency's director, Paul Harlan, said on Monday that the budget was short, nobody moved."
    got = said(analyser, text)
    assert ("the budget was short", "Paul Harlan") in got


def test_officials_of_a_named_body_speak_for_it(analyser):
    text = ("The Republican Party met in Ohio on Monday. Republican leaders said the convention would "
            "open on time.")
    got = said(analyser, text)
    assert ("the convention would open on time", "Republican Party") in got


def test_a_role_noun_refers_back_to_the_person_just_named(analyser):
    text = ("Senator Paul Harlan visited a factory in Ohio on Monday. The Republican front-runner said "
            "the plant would stay open.")
    got = said(analyser, text)
    assert ("the plant would stay open", "Paul Harlan") in got


def test_quote_right_after_said_and_a_comma_without_a_space(analyser):
    text = 'Mayor Laura Jensen spoke at the council. Jensen said,“We will not close the library this year, whatever the budget.”'
    got = said(analyser, text)
    assert ("We will not close the library this year, whatever the budget.", "Laura Jensen") in got


def test_a_paragraph_of_speech_is_not_given_to_an_organisation_without_a_verb(analyser):
    text = ("The Brookfield Institute published its annual survey on Monday.\n\n"
            '"There was never enough money for the schools in the valley, and everyone here knew it."')
    doc, rec = analyse(analyser, text)
    assert not any(q[1] == "Brookfield Institute" for q in quotes(doc, rec))


def test_a_stated_aim_is_an_attribution(analyser):
    text = ("Senator Paul Harlan visited a factory in Ohio on Monday. Harlan plans to introduce a bill "
            "on factory safety next month.")
    got = said(analyser, text)
    assert ("to introduce a bill on factory safety next month", "Paul Harlan") in got


def test_no_aim_in_a_hypothetical_or_a_description(analyser):
    text = ("Mayor Laura Jensen spoke at the council on Monday. If Jensen wants to close the library, the "
            "council must vote. That was the reason Jensen refused to attend the budget meeting.")
    doc, rec = analyse(analyser, text)
    got = {q[0] for q in quotes(doc, rec)}
    assert not any(g.startswith("to close") or g.startswith("to attend") for g in got), got


def test_a_second_attribution_ends_the_first_reported_clause(analyser):
    text = ("Senator Paul Harlan and Mayor Laura Jensen met in Ohio on Monday. Harlan said the plant "
            "would stay open, and Jensen said the city would pay for the new road.")
    got = said(analyser, text)
    assert ("the plant would stay open", "Paul Harlan") in got
    assert ("the city would pay for the new road", "Laura Jensen") in got


def test_a_belief_inside_a_report_is_not_a_second_attribution(analyser):
    text = ("Senator Paul Harlan visited a factory in Ohio on Monday. Harlan said he believed the "
            "plant would stay open for years.")
    doc, rec = analyse(analyser, text)
    got = [q[0] for q in quotes(doc, rec)]
    assert got.count("the plant would stay open for years") == 0 and any(g.startswith("he believed") for g in got), got


def test_a_cited_reason_is_reported_but_never_introduces_quoted_words(analyser):
    got = said(analyser, "Mayor Laura Jensen cited rising costs as the reason for the delay.")
    assert ("rising costs as the reason for the delay", "Laura Jensen") in got
    doc, rec = analyse(analyser, 'Mayor Laura Jensen, citing a memo, wrote "no" on the form.')
    assert not [q for q in quotes(doc, rec) if q[2] and q[3] == "cite"]


def test_a_title_in_quotes_inside_a_sentence_is_nobodys_words(analyser):
    text = ('Mayor Laura Jensen said on the program "Morning Voices From The Valley" that the plan works. '
            'She told the paper the plan was "a promise we will keep for the whole valley."')
    got = said(analyser, text)
    assert not any(w.startswith("Morning Voices") for w, _ in got), got


def test_a_statement_saying_is_its_issuers(analyser):
    got = said(analyser, "Senator Paul Harlan met the mayor on Monday. Later, Harlan issued a statement saying "
                         "the bridge would be rebuilt by the state.")
    assert ("the bridge would be rebuilt by the state", "Paul Harlan") in got


def test_what_someone_recalled(analyser):
    got = said(analyser, "Mayor Laura Jensen recalled the long winter of the great flood.")
    assert ("the long winter of the great flood", "Laura Jensen") in got


def test_a_quote_whose_marks_stay_open_goes_on_in_the_next_paragraph(analyser):
    got = direct_pieces(analyser, 'Mayor Laura Jensen spoke to the council on Monday: "The bridge will open in May.'
                                  '\n\n"We have waited long enough for it, and the builders know it."')
    assert got == [(["The bridge will open in May.", "We have waited long enough for it, and the builders know it."],
                    "Laura Jensen")]


def test_a_paragraph_of_quote_after_the_attribution_goes_on_the_same_quote(analyser):
    got = direct_pieces(analyser, 'Mayor Laura Jensen spoke to reporters on Monday.\n\n'
                                  '"The bridge will open in May," Jensen said.\n\n'
                                  '"We have waited long enough for it, and the builders know it."')
    assert got == [(["The bridge will open in May,", "We have waited long enough for it, and the builders know it."],
                    "Laura Jensen")]


@pytest.mark.parametrize("text", [
    # closed marks, then a new paragraph of quote: two quotations (PolNeAR often joins them,
    # but as often not)
    'Mayor Laura Jensen spoke to the council on Monday: "The bridge will open in May."\n\n'
    '"We have waited long enough for it, and the builders know it."',
    # the next paragraph has an attribution of its own
    '"The bridge will open in May," Mayor Laura Jensen said on Monday.\n\n'
    '"The road will open in June," she added.',
    # an attribution that says more than who, where and when
    '"The bridge will open in May," Mayor Laura Jensen said, adding that the state would pay.\n\n'
    '"The road will open in June."',
    # a transcript: the next paragraph is another speaker's turn
    'Mayor Laura Jensen told the council on Monday: "JENSEN: The bridge will open in May.\n\n'
    '"HARLAN: The road will open in June and the tunnel after it."',
])
def test_quotes_that_stay_apart(analyser, text):
    got = direct_pieces(analyser, text)
    assert len(got) == 2 and all(len(pieces) == 1 for pieces, _sp in got), got


@pytest.mark.parametrize("text, pieces", [
    # the attribution splits a sentence
    ('"The bridge will open in May," Mayor Laura Jensen said on Monday, "and the road will open in June."',
     ["The bridge will open in May,", "and the road will open in June."]),
    # the quote goes on in the next sentence
    ('"The bridge will open in May," Mayor Laura Jensen said on Monday. "The road will open in June."',
     ["The bridge will open in May,", "The road will open in June."]),
    # an attribution of one sentence that says more than who and where
    ('"The bridge will open in May," said Laura Jensen, who has run the city since 2019. '
     '"The road will open in June."', ["The bridge will open in May,", "The road will open in June."]),
])
def test_a_quote_split_by_its_attribution_is_one_quotation(analyser, text, pieces):
    assert direct_pieces(analyser, text) == [(pieces, "Laura Jensen")]


def test_a_quote_after_an_attribution_of_two_sentences_is_its_own(analyser):
    got = direct_pieces(analyser, '"The bridge will open in May," Mayor Laura Jensen said. She smiled. '
                                  '"The road will open in June."')
    assert len(got) == 2 and all(len(pieces) == 1 for pieces, _sp in got), got


def test_a_quote_in_pieces_has_one_node_with_evidence_for_each_piece(analyser):
    import pyoxigraph
    import pyshacl
    import rdflib

    from kg.map import map_article
    from kg.validate import evidence_problems

    from ..conftest import ROOT

    text = ('Mayor Laura Jensen spoke to the council on Monday: "The bridge will open in May.\n\n'
            '"We have waited long enough for it, and the builders know it."')
    doc, rec = analyse(analyser, text)
    _art, quads = map_article(doc, rec)
    nodes = {q.subject for q in quads if q.predicate.value == "https://schema.org/text"
             and "bridge" in q.object.value}
    assert len(nodes) == 1
    node = nodes.pop()
    evidence = sorted(q.object.value.rsplit("#char=", 1)[1] for q in quads
                      if q.subject == node and q.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom")
    first, second = text.index("The bridge"), text.index("We have")
    hl = len("Test headline\n\n")
    assert evidence == sorted([f"{first + hl},{first + hl + len('The bridge will open in May.')}",
                               f"{second + hl},{second + hl + len('We have waited long enough for it, and the builders know it.')}"])
    words = [q.object.value for q in quads if q.subject == node and q.predicate.value == "https://schema.org/text"]
    assert words == ["The bridge will open in May. … We have waited long enough for it, and the builders know it."]
    # a quotation with several evidence spans still conforms to the shapes
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    g = rdflib.Graph().parse(data=nt, format="nt")
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    conforms, _g, report = pyshacl.validate(g, shacl_graph=shapes, inference="none")
    problems = evidence_problems(list(pyoxigraph.parse(nt.encode("utf-8"), pyoxigraph.RdfFormat.N_TRIPLES)))
    assert conforms and not problems, report + "\n".join(problems)


@pytest.mark.parametrize("text, person", [
    ("Brent Hollis, a network security expert who studied the attacks, said he saw no evidence.", "Brent Hollis"),
    ('The firm is fixing it. "We are working on it," Odile Marchetti, a Quibble spokeswoman, said in an email.',
     "Odile Marchetti"),
])
def test_an_apposition_names_a_speaker_the_recogniser_missed(analyser, text, person):
    doc, rec = analyse(analyser, text)
    assert person in names(rec, "PERSON")
    assert any(speaker == person for _w, speaker, _d, _c in quotes(doc, rec))


def test_a_named_subject_speaks_not_the_name_ending_its_apposition(analyser):
    assert said(analyser, "Anna Lindqvist, the chief editor of the country's biggest daily newspaper, the Nordic "
                          "Herald, said the law was flawed.") == {("the law was flawed", "Anna Lindqvist")}


def test_a_cue_before_a_colon_belongs_to_the_quote_after_it(analyser):
    got = direct_pieces(analyser, "At the camp, Omar Haddad and his wife, Leila Karimi, pleaded for understanding. "
                         "''We are refugees,'' Ms. Karimi said. ''We mean no harm.'' Mr. Haddad said: "
                         "''We fled the fighting.''")
    assert (["We are refugees,", "We mean no harm."], "Leila Karimi") in got
    assert (["We fled the fighting."], "Omar Haddad") in got


def test_a_clause_in_a_time_clause_with_quoted_words_is_reported_whole(analyser):
    doc, rec = analyse(analyser, "Reporters asked Paul Harlan about remarks he had made the night before, when he "
                                 "claimed the mayor was \"the real boss\" of the gang.")
    assert ('the mayor was "the real boss" of the gang', "Paul Harlan") in {(w, sp) for w, sp, _d, _c in quotes(doc, rec)}
    assert not any(w == "the real boss" for w, _sp, _d, _c in quotes(doc, rec))


@pytest.mark.parametrize("text", [
    'The network revived old shows. "Tales of the Harbour," Paul Harlan said, was the first.',
    'Paul Harlan spoke on Monday.\n\n"VOTERS ALWAYS KNOW BEST"\n\nThe crowd cheered.',
])
def test_a_title_or_heading_in_quotes_is_nobody_s_words(analyser, text):
    doc, rec = analyse(analyser, text)
    assert not [w for w, _sp, direct, _c in quotes(doc, rec) if direct], quotes(doc, rec)


def test_words_two_rules_find_are_one_quotation(analyser):
    doc, rec = analyse(analyser, "The race tightened in October. Laura Jensen leads Paul Harlan in state polls by four "
                                 "points, 48 percent to 44 percent, according to the average of recent polls by the "
                                 "Halden Institute.")
    got = [(w, sp) for w, sp, _d, _c in quotes(doc, rec) if "leads" in w]
    assert len(got) == 1, got


def test_a_verb_of_saying_with_its_object_reports_what_it_names(analyser):
    doc, rec = analyse(analyser, "At the debate, Paul Harlan questioned the mayor's figures on housing.")
    assert ("the mayor's figures on housing", "Paul Harlan") in {(w, sp) for w, sp, _d, _c in quotes(doc, rec)}


def test_words_a_speaker_quotes_inside_their_own_quote_are_part_of_it(analyser):
    got = direct_pieces(analyser, "Paul Harlan spoke on Monday. \"We are told every week, 'the new bridge over the "
                                  "river is almost done,' and nothing changes,\" Harlan said.")
    assert [pieces for pieces, _sp in got] == [
        ["We are told every week, 'the new bridge over the river is almost done,' and nothing changes,"]], got


def test_someone_else_s_words_inside_a_quote_are_their_own_quotation(analyser):
    got = direct_pieces(analyser, "Paul Harlan spoke on Monday. \"I asked to resign and Mayor Laura Jensen said, "
                                  "'Let us wait a week,'\" Harlan said.")
    assert ("Let us wait a week,", "Laura Jensen") in {(pieces[0], sp) for pieces, sp in got}, got


def test_a_sentence_with_quoted_words_goes_on_in_the_quote_after_its_attribution(analyser):
    doc, rec = analyse(analyser, "Farm incomes fell again. Still, most growers are \"just about breaking even,\" Paul "
                                 "Harlan said on Monday. \"The next harvest will decide whether we stay.\"")
    got = [([doc.text[s:e] for s, e in q.spans], rec.entities[q.speaker].name) for q in rec.quotations]
    assert len(got) == 1 and got[0][1] == "Paul Harlan", got
    assert got[0][0][-1] == "The next harvest will decide whether we stay.", got


@pytest.mark.parametrize("text, words", [
    ("At the briefing, Paul Harlan stressed the risks of a long delay.", "the risks of a long delay"),
    ("In April, the Halden Institute reported disappointing growth in its membership.",
     "disappointing growth in its membership"),
])
def test_a_report_verb_s_object_is_what_was_said(analyser, text, words):
    doc, rec = analyse(analyser, text)
    assert words in {w for w, _sp, _d, _c in quotes(doc, rec)}, quotes(doc, rec)


def test_a_few_quoted_words_inside_a_report_are_not_a_quotation_of_their_own(analyser):
    doc, rec = analyse(analyser, "The market turned in spring. Paul Harlan warned that farm prices had \"cratered\" in May.")
    got = {(w, d) for w, _sp, d, _c in quotes(doc, rec)}
    assert ("cratered", True) not in got
    assert ('farm prices had "cratered" in May', False) in got, got


def test_a_few_quoted_words_a_speaker_calls_something_stay_a_quotation(analyser):
    doc, rec = analyse(analyser, "At the hearing on Monday, Paul Harlan called the budget plan \"reckless.\"")
    assert any("reckless" in w and sp == "Paul Harlan" for w, sp, _d, _c in quotes(doc, rec)), quotes(doc, rec)


def test_a_few_quoted_words_that_are_what_the_cue_says_stay_a_quotation(analyser):
    doc, rec = analyse(analyser, "The crowd pressed forward. Paul Harlan shouted \"Go home\" and \"Be quiet.\"")
    got = {(w, sp) for w, sp, d, _c in quotes(doc, rec) if d}
    assert ("Go home", "Paul Harlan") in got and ("Be quiet.", "Paul Harlan") in got, got


@pytest.mark.parametrize("text, cue, words", [
    ("At the rally, Paul Harlan vowed to fight the ruling in every court.", "vow", "fight the ruling"),
    ("On Monday, Laura Jensen threatened to sue the state over the new map.", "threaten", "sue the state"),
])
def test_a_speech_act_with_an_infinitive_reports_it(analyser, text, cue, words):
    doc, rec = analyse(analyser, text)
    assert any(words in w and c == cue and not d for w, _sp, d, c in quotes(doc, rec)), quotes(doc, rec)


def test_a_hypothetical_vow_reports_nothing(analyser):
    doc, rec = analyse(analyser, "If Paul Harlan vowed to fight the ruling, nobody heard it.")
    assert not any(c == "vow" for _w, _sp, _d, c in quotes(doc, rec)), quotes(doc, rec)


def test_a_decision_to_act_is_a_stated_aim(analyser):
    doc, rec = analyse(analyser, "After weeks of talks, Laura Jensen decided to run for a second term.")
    assert any("run for a second term" in w and sp == "Laura Jensen" and c == "decide"
               for w, sp, _d, c in quotes(doc, rec)), quotes(doc, rec)
