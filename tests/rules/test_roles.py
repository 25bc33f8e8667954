"""Roles and affiliations: titles before and after names, implied organisations, affiliations without a title."""
from __future__ import annotations

import pytest

from .helpers import analyse, names, roles


def test_prenominal_title_with_place(analyser):
    _, rec = analyse(analyser, "Springfield Mayor Laura Jensen opened the new library on Monday.")
    assert ("Laura Jensen", "Mayor", "Springfield") in roles(rec)
    assert "Laura Jensen" in names(rec, "PERSON")  # the title is not part of the name


# (sentence, a role read from it: person, role label, organisation)
@pytest.mark.parametrize("sentence, role", [
    pytest.param("Tom Becker, a spokesman for the Federal Aviation Administration, declined to comment.",
                 ("Tom Becker", "Spokesman", "Federal Aviation Administration"), id="apposition_with_organisation"),
    pytest.param("The Green Party won seats. The party's leader, Ann Wu, said so.",
                 ("Ann Wu", "Leader", "Green Party"), id="the_partys_leader_is_the_named_partys"),
    pytest.param("The Acme Corporation reported losses. Its chief executive John Smith resigned.",
                 ("John Smith", "Chief Executive", "Acme Corporation"), id="its_chief_executive_is_the_companys"),
    pytest.param("Spain's former army intelligence chief, Marco Ventresca, was jailed in May.",
                 ("Marco Ventresca", "Chief", "Spain"), id="a_countrys_portfolio_title_before_a_name"),
    pytest.param("Ann Berg (pictured) of the Baltic Institute for Coastal Studies said so.",
                 ("Ann Berg", "Member", "Baltic Institute for Coastal Studies"), id="a_pictures_note_between_a_name_and_its_affiliation"),
    pytest.param("Star striker Rob Makers scored twice for the club on Sunday.",
                 ("Rob Makers", "Striker", None), id="a_capitalised_modifier_opening_a_sentence_is_no_club"),
    # issue #15: offices stated by verbs, multiword titles, attachment inside the title's phrase,
    # occupational heads of descriptions (invented sentences)
    pytest.param("Kurt Lenz heads the Norvale Bank, which lost money last year.",
                 ("Kurt Lenz", "Head", "Norvale Bank"), id="x_heads_y"),
    pytest.param("The Norvale Bank, led by Kurt Lenz, lost money last year.",
                 ("Kurt Lenz", "Leader", "Norvale Bank"), id="y_led_by_x"),
    pytest.param("The board appointed Kurt Lenz as chief executive of Norvale Bank on Tuesday.",
                 ("Kurt Lenz", "Chief Executive", "Norvale Bank"), id="appointed_x_as_title_of_y"),
    pytest.param("Kurt Lenz was named chief executive of the Norvale Bank last week.",
                 ("Kurt Lenz", "Chief Executive", "Norvale Bank"), id="x_was_named_title_of_y"),
    pytest.param("The director general of the Fjord Shipowners Federation, Ola Berg, opened the fair.",
                 ("Ola Berg", "Director General", "Fjord Shipowners Federation"), id="director_general_is_one_title"),
    pytest.param("Chief medical officer Ola Berg warned of a flu wave.",
                 ("Ola Berg", "Chief Medical Officer", None), id="chief_medical_officer_without_a_body"),
    pytest.param("Dora Finch, a founding member of the Blue Party, resigned on Monday.",
                 ("Dora Finch", "Member", "Blue Party"), id="a_founding_member_of_a_party"),
    pytest.param("Harlow Mayor Jane Ode opened the bridge.",
                 ("Jane Ode", "Mayor", "Harlow"), id="a_town_named_once_before_its_mayor"),
    pytest.param("The former FBI field office chief Anton Pike retired to Oslo.",
                 ("Anton Pike", "Chief", "FBI"), id="a_body_before_a_compound_title"),
    pytest.param("Ola Berg, the owner of Fjord Motors, sold the firm.",
                 ("Ola Berg", "Owner", "Fjord Motors"), id="the_owner_of_a_company"),
    # the unnamed part of a body named by its possessive: the body's title (issue #15, fifth pass)
    pytest.param("The chair of the Norvale Assembly's budget committee, Axel Olm, said so.",
                 ("Axel Olm", "Chair", "Norvale Assembly"), id="a_title_of_an_organisations_unnamed_part"),
    pytest.param("The Fjord Council met in May. The deputy head of the Council's youth assembly, Axel Olm, said so.",
                 ("Axel Olm", "Deputy Head", "Fjord Council"), id="a_title_of_a_described_organisations_unnamed_part"),
    pytest.param("The leader of the Blue Party's youth wing, Axel Olm, said so.",
                 ("Axel Olm", "Leader", "Blue Party"), id="a_title_of_a_partys_wing"),
    pytest.param("The chairman of Acme Corporation's supervisory board, Axel Olm, said so.",
                 ("Axel Olm", "Chairman", "Acme Corporation"), id="a_title_of_a_companys_board"),
])
def test_a_role_read_from_a_sentence(analyser, sentence, role):
    _, rec = analyse(analyser, sentence)
    assert role in roles(rec)


# after an organisation's possessive, a noun naming no part of a body (org_parts.tsv) names another
# party: the title is not the organisation's (issue #15, review of the fifth pass)
@pytest.mark.parametrize("sentence, person, org", [
    pytest.param("The head of Acme Corporation's main competitor, Axel Olm, said so.",
                 "Axel Olm", "Acme Corporation", id="a_competitor"),
    pytest.param("The chief executive of Acme Corporation's parent company, Axel Olm, said so.",
                 "Axel Olm", "Acme Corporation", id="a_parent_company"),
    pytest.param("The head of Acme Corporation's biggest customer, Axel Olm, said so.",
                 "Axel Olm", "Acme Corporation", id="a_customer"),
    pytest.param("A spokesman for the Fjord Council's critics, Axel Olm, said so.",
                 "Axel Olm", "Fjord Council", id="critics"),
    pytest.param("The Fjord Council met. The head of the council's rival body, Axel Olm, said so.",
                 "Axel Olm", "Fjord Council", id="a_rival_body_of_a_described_organisation"),
])
def test_no_title_of_an_organisation_for_another_party_it_possesses(analyser, sentence, person, org):
    _, rec = analyse(analyser, sentence)
    assert not [r for r in roles(rec) if r[0] == person and r[2] == org]


def test_title_of_place_then_name(analyser):
    _, rec = analyse(analyser, "The governor of Nevada, Maria Lopez, signed the bill into law.")
    assert ("Maria Lopez", "Governor", "Nevada") in roles(rec)


def test_former_status_and_demonym(analyser):
    _, rec = analyse(analyser, "Former German Chancellor Helmut Brandt visited Paris in May.")
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Helmut Brandt"]
    assert m.status == "former"
    assert rec.entities[m.organization].name == "Germany"


def test_role_evidence_is_the_phrase_it_was_read_from(analyser):
    text = 'Springfield Mayor Laura Jensen said on Tuesday that "we will not comply."\n\n"We stand firm," Jensen said.'
    doc, rec = analyse(analyser, text)
    (m,) = rec.memberships
    assert doc.text[m.span[0]:m.span[1]] == "Springfield Mayor Laura Jensen"


def test_government_title_implies_the_country_the_article_is_about(analyser):
    text = ("Norway will hold talks with its neighbours, officials in Norway said. Prime Minister Erna Lund "
            "said Norway would not change course. The Norwegian plan was welcomed in Oslo.")
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Erna Lund"]
    assert rec.entities[m.organization].name == "Norway" and m.confidence <= 0.6


def test_no_country_implied_when_none_leads(analyser):
    text = "Norway and Sweden met in Oslo. Prime Minister Erna Lund said Sweden and Norway agreed."
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Erna Lund"]
    assert m.organization is None


def test_organisation_title_takes_the_nearest_organisation(analyser):
    text = "Shares of the carmaker Volta Motors fell sharply on Friday. Chief executive Paul Vance said the company would recover."
    _, rec = analyse(analyser, text)
    assert ("Paul Vance", "Chief Executive", "Volta Motors") in roles(rec)


def test_clients_lawyer_gets_no_organisation(analyser):
    text = "The Supreme Court ruled on Monday against Tom Reyes. Reyes's attorney Dana Whitfield said they would appeal."
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Dana Whitfield"]
    assert m.role == "Attorney" and m.organization is None  # not the court named nearby


@pytest.mark.parametrize("sentence, person, role, org", [
    ("Ruth Ambler, an energy analyst at the Brookfield Institute, said prices would rise.",
     "Ruth Ambler", "Analyst", "Brookfield Institute"),
    ("Ruth Ambler of the Brookfield Institute said prices would rise.", "Ruth Ambler", "Member", "Brookfield Institute"),
    ("Ruth Ambler is a senior economist with the Brookfield Institute and expects prices to rise.",
     "Ruth Ambler", "Economist", "Brookfield Institute"),
    ("Brookfield Institute economist Ruth Ambler said prices would rise.", "Ruth Ambler", "Economist",
     "Brookfield Institute"),
    ("Ruth Ambler, professor of geology at Carver University, said the rocks were old.", "Ruth Ambler", "Professor",
     "Carver University"),
    # session 23: an adjective between a body's possessive and the name, as after a place's ("X's veteran Y")
    ("The Brookfield Institute published its report on Monday. The Brookfield Institute's reclusive Ruth Ambler "
     "wrote most of it.", "Ruth Ambler", "Member", "Brookfield Institute"),
])
def test_affiliations_without_a_title(analyser, sentence, person, role, org):
    _, rec = analyse(analyser, sentence)
    assert (person, role, org) in roles(rec)


def test_a_candidates_nearest_organisation_must_be_a_party(analyser):
    _, rec = analyse(analyser, "Candidate Dana Pike spoke outside the Federal Reserve on Monday.")
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Dana Pike"]
    assert m.organization is None


def test_a_belief_about_someone_is_no_affiliation(analyser):
    text = "He repeated claims about Helen Castro being a founder of the Orion Group, which she denies."
    _, rec = analyse(analyser, text)
    assert not [m for m in rec.memberships if rec.entities[m.person].name == "Helen Castro"]


def test_abbreviated_titles_and_party_labels(analyser):
    _, rec = analyse(analyser, "Sen. Tom Harlow (R-Texas) said the bill was dead. Rep. Ann Wu, D-Calif., disagreed.")
    got = roles(rec)
    assert ("Tom Harlow", "Senator", None) in got and ("Tom Harlow", "Party member", "Republican Party") in got
    assert ("Ann Wu", "Representative", None) in got and ("Ann Wu", "Party member", "Democratic Party") in got


def test_plural_title_before_a_list_of_people(analyser):
    text = "Presidents Ann Wu of Brazil, Tom Harlow of Russia and Prime Minister Raj Patel of India will attend."
    _, rec = analyse(analyser, text)
    got = roles(rec)
    assert {("Ann Wu", "President", "Brazil"), ("Tom Harlow", "President", "Russia"),
            ("Raj Patel", "Prime Minister", "India")} <= got
    assert "Ann Wu" in names(rec, "PERSON")  # the plural title is not part of the name


def test_titles_side_by_side(analyser):
    doc, rec = analyse(analyser, "Committee Chairman Rep. Tom Harlow and Deputy Leader Ann Wu met Lt. Gen. Raj Patel.")
    got = roles(rec)
    assert ("Tom Harlow", "Representative", None) in got
    assert ("Ann Wu", "Deputy Leader", None) in got
    assert [m.concept for m in rec.memberships if rec.entities[m.person].name == "Raj Patel"] == ["military_officer"]
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Ann Wu"]
    assert m.concept == "party_leader"  # the head of a merged title names its concept


def test_a_venue_is_not_the_body_of_a_title(analyser):
    text = "Speaking to students at Norrland University this week, Vice President Ann Wu said no."
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Ann Wu"]
    assert m.organization is None


def test_a_persons_spokesman_takes_no_nearby_organisation(analyser):
    _, rec = analyse(analyser, "Senator Ann Wu spoke. Wu spokesman Tom Harlow told the Daily Ledger that it was false.")
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Tom Harlow"]
    assert m.role == "Spokesman" and m.organization is None


@pytest.mark.parametrize("text", ["He met Senators Ann Wu and Bo Li", "He met Senator Ann Wu", "Ann Wu, a fellow of",
                                  "Ann Wu (R-", "Ann Wu (", "Ann Wu,", "'s Mayor", "Acme's Ann Wu", "Presidents",
                                  "Ann Wu of the", "Ann Wu is a researcher at"])
def test_role_rules_at_the_end_of_a_text(analyser, text):
    analyse(analyser, text)  # no rule reads past the last token


@pytest.mark.parametrize("sentence", [
    "Ann Wu, a longtime critic of the Kremlin, said no.",
    "Ann Wu is a vocal supporter of the National Rifle Association and lives in Ohio.",
    "Ann Wu worked with the FBI to catch him.",
])
def test_relationships_are_no_affiliations(analyser, sentence):
    _, rec = analyse(analyser, sentence)
    assert not [m for m in rec.memberships if rec.entities[m.person].name == "Ann Wu"]


def test_an_affiliation_keeps_its_status(analyser):
    _, rec = analyse(analyser, "Ann Wu, a former analyst at Goldman Sachs, said no.")
    (m,) = rec.memberships
    assert (m.role, m.status, rec.entities[m.organization].name) == ("Analyst", "former", "Goldman Sachs")


def test_what_a_person_did_is_not_their_employer(analyser):
    _, rec = analyse(analyser, "Vice President Ann Wu toured a Volta Motors plant in Ohio on Monday.")
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Ann Wu"]
    assert m.organization is None

def test_a_plural_title_tagged_as_a_verb(analyser):
    _, rec = analyse(analyser, "Acme Corp heads John Smith and Anne Jones will meet investors on Friday.")
    assert {("John Smith", "Head", "Acme Corp"), ("Anne Jones", "Head", "Acme Corp")} <= roles(rec)


def test_coordinated_organisations_before_a_title(analyser):
    _, rec = analyse(analyser, "Madrid and Brazil midfielder Carlos Mendez signed a new contract.")
    assert {("Carlos Mendez", "Midfielder", "Madrid"), ("Carlos Mendez", "Midfielder", "Brazil")} <= roles(rec)


def test_a_demonym_before_a_players_title_is_a_nationality(analyser):
    _, rec = analyse(analyser, "Peruvian midfielder Tomas Reyes scored twice on Sunday.")
    assert not any(org for _p, _r, org in roles(rec))

def test_a_party_adjective_in_a_description(analyser):
    _, rec = analyse(analyser, "Dana Holt, a Republican member of the House Budget Committee, said no.")
    assert {("Dana Holt", "Member", "House Budget Committee"),
            ("Dana Holt", "Party member", "Republican Party")} <= roles(rec)


def test_a_two_word_party_name_tagged_in_pieces(analyser):
    _, rec = analyse(analyser, "Karl Weber is a Christian Democrat member of the Hamburg Senate.")
    assert ("Karl Weber", "Party member", "Christian Democrats") in roles(rec)
    assert "Democratic Party" not in names(rec)


def test_a_party_before_party_is_named_by_its_short_name(analyser):
    _, rec = analyse(analyser, "The Green party whip Kate Gorr voted against the bill.")
    party = next(e for e in rec.entities if e.name == "Green Party")
    assert "Green" in party.aliases
    assert ("Kate Gorr", "Whip", "Green Party") in roles(rec)


def test_a_state_premier_heads_the_region_not_the_country(analyser):
    _, rec = analyse(analyser, "Germany votes on Sunday. Polls in the state of Saxony favour State Premier Karl Brandt. "
                               "In Germany, the former Bavarian Premier Otto Kessler still speaks for Bavaria and for "
                               "Germany.")
    assert ("Karl Brandt", "Premier", "Saxony") in roles(rec)
    assert ("Otto Kessler", "Premier", "Bavaria") in roles(rec)
    assert not any(org == "Germany" for _p, _r, org in roles(rec))


@pytest.mark.parametrize("text, person, role, org", [
    ('"We will rebuild," Mamta Rajguru, prime minister of Nepal, said on Monday. Rajguru left.',
     "Mamta Rajguru", "Prime Minister", "Nepal"),
    ("The talks were led by US Deputy Assistant Secretary of State Ellen Marsh on Friday.",
     "Ellen Marsh", "Secretary of State", "United States"),
])
def test_a_title_names_a_person_the_recogniser_missed(analyser, text, person, role, org):
    _, rec = analyse(analyser, text)
    assert person in names(rec, "PERSON")
    assert (person, role, org) in roles(rec)


def test_a_title_does_not_make_an_organisation_a_person(analyser):
    _, rec = analyse(analyser, "General Electric Company shares fell on Monday.")
    assert not names(rec, "PERSON")

def test_a_described_party_named_by_its_acronym(analyser):
    _, rec = analyse(analyser, "Marta Kovac, deputy parliamentary leader of the Hungarian opposition party (SDP), "
                               "called the bill a disgrace.")
    assert ("Marta Kovac", "Deputy Parliamentary Leader", "SDP") in roles(rec)


@pytest.mark.parametrize("company", ["Bluestar", "Omnix"])  # untagged, and tagged as "New Omnix"
def test_a_sentence_opening_word_is_not_part_of_a_company_before_a_title(analyser, company):
    _, rec = analyse(analyser, f"{company} reported a loss and {company} shares fell. "
                               f"New {company} CEO Maria Lund plans cuts.")
    assert ("Maria Lund", "CEO", company) in roles(rec)
    assert f"New {company}" not in names(rec)


def test_a_title_before_a_taken_in_first_name_is_no_part_of_the_name(analyser):
    _, rec = analyse(analyser, "Sources said that Acme Chief Executive Frederick Mallory had been told "
                               "to prepare a plan.")
    assert not any("Chief" in n or "Executive" in n for n in names(rec, "PERSON")), names(rec)


def test_a_one_word_name_before_a_company_title_and_a_person_is_an_organisation(analyser):
    from kg.analyse.entities import Mention, retype_people

    doc = analyser.nlp("Quarvix lost money. Quarvix CEO Herbert Lindqvist said so.")
    ms = [Mention(0, 1, "PERSON", "Quarvix"), Mention(4, 5, "PERSON", "Quarvix"), Mention(6, 8, "PERSON", "Herbert Lindqvist")]
    retype_people(doc, ms)
    assert [m.label for m in ms] == ["ORG", "ORG", "PERSON"]


def test_the_end_of_a_title_run_into_a_name_is_cut(analyser):
    _, rec = analyse(analyser, "He met Deputy Assistant Secretary of State Matthew Bryza on Monday.")
    assert "Matthew Bryza" in names(rec, "PERSON") and not any(n.startswith("State") for n in names(rec)), names(rec)


def test_a_president_of_a_named_country_takes_no_other_country_later(analyser):
    _, rec = analyse(analyser, "Kenyan President Daniel Omondi met German bankers in Nairobi, a Kenyan paper said. "
                               "German prosecutors and German officials looked into German deals with German banks. "
                               "President Daniel Omondi denied it.")
    assert ("Daniel Omondi", "President", "Kenya") in roles(rec)
    assert not any(org == "Germany" for _p, _r, org in roles(rec))


def test_a_party_the_lexicon_does_not_know_is_a_party(analyser):
    _, rec = analyse(analyser, "The National Renewal party gained ground. Leader Anna Berget promised lower "
                               "taxes.")
    front = next(e for e in rec.entities if e.name == "National Renewal")
    assert front.party
    assert ("Anna Berget", "Leader", "National Renewal") in roles(rec)


def test_an_institute_at_a_university_is_the_institute(analyser):
    _, rec = analyse(analyser, "Jonas Perl, executive director of the Baltic Institute for Coastal Studies at "
                               "Hanseatic University, said so.")
    assert ("Jonas Perl", "Executive Director", "Baltic Institute for Coastal Studies") in roles(rec)


def test_the_head_of_a_described_organisation_then_the_name(analyser):
    _, rec = analyse(analyser, "On Monday, the head of the Halcyon policy institute in Vienna, Karl Brenner, "
                               "criticised the plan. Halcyon said so too.")
    assert ("Karl Brenner", "Head", "Halcyon") in roles(rec)

@pytest.mark.parametrize("text, person", [
    ("Senator Tom Hale spoke at a rally of his party, the Republicans, on Monday.", "Tom Hale"),
    ("Berg told a congress of her party, the Christian Democrats, that taxes must fall.", "Berg"),
])
def test_a_persons_party_in_apposition(analyser, text, person):
    _, rec = analyse(analyser, text)
    assert any(p == person and r == "Party member" and org for p, r, org in roles(rec))


def test_a_place_s_name_that_names_a_thing_is_no_affiliation(analyser):
    _, rec = analyse(analyser, "Visitors admired Leipzig's restored Johann Becker fountain on Sunday.")
    assert not roles(rec)


def test_a_club_named_once_before_a_players_title(analyser):
    _, rec = analyse(analyser, "The club paid 20 million pounds for Wexford Rovers midfielder Tomas Kral on "
                               "Tuesday.")
    assert any(p == "Tomas Kral" and org for p, _r, org in roles(rec))
    _, rec = analyse(analyser, "Artistic Director Anna Kern opened the festival on Friday.")
    assert not any(org for _p, _r, org in roles(rec))  # a portfolio, not a body


def test_a_superlative_after_a_possessive_is_no_employer(analyser):
    _, rec = analyse(analyser, "Karl Huber, who at 31 is Asia's youngest governor, met reporters.")
    assert not any(org == "Asia" for _p, _r, org in roles(rec))

def test_the_membership_passes_propose_mentions_and_one_merge_step_applies_them(analyser):
    """"X (R-Texas)": the affiliation rule proposes the party (a new entity and mention) and
    leaves the index as it found it; the merge step adds it under the number the rule was told,
    and a repeat of the pass reads the new mention."""
    from kg import lexicons
    from kg.analyse import affiliations, entities
    from kg.analyse.context import ArticleContext

    doc, rec = analyse(analyser, "Senator Bob Reyes (R-Texas) spoke on Monday.")
    assert ("Bob Reyes", "Party member", "Republican Party") in roles(rec)
    sdoc = analyser.nlp(doc.text)
    ctx = ArticleContext.build(sdoc, doc, None)
    with lexicons.using(ctx.lex):
        index = entities.consolidate(sdoc, ctx.headline_end)
        before = (list(index.mentions), [(e.kind, e.name, e.party, sorted(e.mentions)) for e in index.entities])
        view = entities.IndexView(index)
        ms = affiliations.affiliations(view, list(ctx.quoted))
        assert (list(index.mentions), [(e.kind, e.name, e.party, sorted(e.mentions)) for e in index.entities]) == before
        party = next(m.organization for m in ms if m.rule == "affiliation-party-label")
        assert party == len(index.entities) and view.entities[party].party  # proposed, numbered, not added
        added = index.apply(view.proposed)
        assert [m[2] for m in added] == [party]
        assert index.entities[party].name == "Republican Party" and index.entities[party].party
        again = entities.IndexView(index, walk=added)
        assert list(again.walk) == added


def test_the_roles_stage_proposes_a_retype_and_never_retypes_in_place(analyser):
    """"X Rovers midfielder Y" with X read as a person: the title rules propose X as a club, and
    only the analysis's merge step applies it; the role extraction leaves every kind as it found it."""
    from kg import lexicons
    from kg.analyse import entities, roles
    from kg.analyse.context import ArticleContext
    from kg.analyse.resolve import Resolver

    doc, rec = analyse(analyser, "The club paid 20 million pounds for Wexford Rovers midfielder Tomas Kral.")
    club = next(e for e in rec.entities if e.name == "Wexford Rovers")
    assert club.kind == "ORG"  # the proposal was applied
    sdoc = analyser.nlp(doc.text)
    ctx = ArticleContext.build(sdoc, doc, None)
    with lexicons.using(ctx.lex):
        index = entities.consolidate(sdoc, ctx.headline_end)
        e = next(i for i, ent in enumerate(index.entities) if ent.name == "Wexford Rovers")
        index.entities[e].kind = "PERSON"  # as the recogniser may read it
        resolver = Resolver(index, {})
        view = entities.IndexView(index)
        assert roles.propose_kinds(view, list(ctx.quoted), resolver.genders) == {e: "ORG"}
        before = [ent.kind for ent in index.entities]
        roles.titles(view, resolver, list(ctx.quoted))
        assert [ent.kind for ent in index.entities] == before


@pytest.mark.parametrize("sentence, wrong", [
    pytest.param("Ola Berg, director of the Oslo-based Fjord Institute, said the ice was melting.",
                 ("Ola Berg", "Director", "Oslo"), id="x_based_y_is_ys_not_the_citys"),
    pytest.param("Ola Berg was named player of the month in March.",
                 ("Ola Berg", "Player", None), id="an_award_is_no_office"),
    pytest.param("Kurt Lenz does not head the Norvale Bank any more.",
                 ("Kurt Lenz", "Head", "Norvale Bank"), id="a_negated_verb_states_no_office"),
])
def test_no_role_from_a_lookalike(analyser, sentence, wrong):
    _, rec = analyse(analyser, sentence)
    assert wrong not in roles(rec)


def test_the_wordnet_role_nouns_head_an_apposition(analyser):
    """An occupational noun of WordNet that the hand-made lists lack ("colleague") heads a
    description of a tie; a stance word ("critic") does not."""
    from kg import lexicons
    lex = lexicons.load()
    assert "colleague" in lex.occupations and "critic" not in lex.occupations and "head" not in lex.occupations
    _, rec = analyse(analyser, "Mia Holt, a longtime colleague at the Lind Institute, said the plan would fail.")
    assert ("Mia Holt", "Colleague", "Lind Institute") in roles(rec)
    _, rec = analyse(analyser, "Mia Holt, a fierce critic of the Lind Institute, said the plan would fail.")
    assert not any(p == "Mia Holt" for p, _r, _o in roles(rec))


@pytest.mark.parametrize("sentence, role", [
    pytest.param("Norland's finance minister at that moment, Ivo Brand, signed the treaty.",
                 ("Ivo Brand", "Finance Minister", "Norland"), id="a_time_phrase_between_title_and_name"),
    pytest.param("Mia Sorel, lawyer and head of the Lind Trust, spoke on Friday.",
                 ("Mia Sorel", "Head", "Lind Trust"), id="a_title_coordinated_in_an_apposition"),
    pytest.param("The leader of the Labour group in the Nordic Council, Ivo Brand, asked for a delay.",
                 ("Ivo Brand", "Leader", "Labour Party"), id="a_body_described_before_the_name"),
    pytest.param("The state of Norland, which is run by Labour leader Jo Marr, banned the book.",
                 ("Jo Marr", "Leader", "Norland"), id="run_by_a_titled_name"),
])
def test_a_role_whose_name_is_apart_from_its_title(analyser, sentence, role):
    _, rec = analyse(analyser, sentence)
    assert role in roles(rec)
    assert not any(p == role[0] and o is None and r == role[1] for p, r, o in roles(rec))


@pytest.mark.parametrize("sentence, role, wrong", [
    pytest.param("The vote was close. After talks with Tom Ash, the head of the Labour group in the Nordic Council, "
                 "Ivo Brand, asked for a recount.",
                 ("Ivo Brand", "Head", "Labour Party"), ("Tom Ash", "Head", "Labour Party"),
                 id="the_title_is_the_name_after_it"),
    pytest.param("The letter was signed by Omar Dane, the governor of Ruritania's Norland province, and two judges.",
                 ("Omar Dane", "Governor", "Norland*"), ("Omar Dane", "Governor", "Ruritania"),
                 id="a_province_named_after_a_possessive"),
    pytest.param("Ivo Brand, president and chief executive of the lender, resigned. The Dutch lender lost money.",
                 ("Ivo Brand", "President", None), ("Ivo Brand", "President", "Netherlands"),
                 id="a_president_who_is_also_chief_executive_is_a_companys"),
])
def test_the_organisation_attached_within_the_titles_phrase(analyser, sentence, role, wrong):
    _, rec = analyse(analyser, sentence)
    found = roles(rec)
    if role[2] and role[2].endswith("*"):  # the recogniser may take "province" into the name
        assert any(r[:2] == role[:2] and r[2] and r[2].startswith(role[2][:-1]) for r in found), found
    else:
        assert role in found, found
    assert wrong not in found


def test_joining_a_body_is_membership_and_refusing_is_not(analyser):
    _, rec = analyse(analyser, "Dora Finch joined the Blue Party in 2001.")
    assert ("Dora Finch", "Member", "Blue Party") in roles(rec)
    _, rec = analyse(analyser, "Tomas Kral was recruited by Norvale Bank last year.")
    assert ("Tomas Kral", "Member", "Norvale Bank") in roles(rec)
    for text in ("Dora Finch refused to join the Blue Party.",
                 "Ann Dole joined the queen on her visits to the Lind Trust in June.",
                 "Neither the Blue Party nor the Red Party would let Tom Ash join them, he said."):
        _, rec = analyse(analyser, text)
        assert not any(r == "Member" for _p, r, _o in roles(rec)), text


# issue #15 (roles): the organisation of a title stated without one (invented texts)
def test_a_title_without_organisation_takes_the_persons_organisation_stated_elsewhere(analyser):
    text = ("Norvale Bank chief executive Kurt Lenz met investors in Oslo on Monday, with officials of the "
            "Fjord Shipping Company. Later, Chairman Kurt Lenz said the talks went well.")
    _, rec = analyse(analyser, text)
    assert ("Kurt Lenz", "Chairman", "Norvale Bank") in roles(rec)


def test_a_candidates_organisation_stated_elsewhere_must_be_a_party(analyser):
    text = ("Norvale Steel Works director Dana Holt had run the plant for years. Candidate Dana Holt spoke "
            "in Leeds on Monday.")
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if m.role == "Candidate"]
    assert m.organization is None or rec.entities[m.organization].name != "Norvale Steel Works"


def test_an_organisation_named_much_nearer_in_the_paragraph_is_the_titles(analyser):
    text = ("The carmaker Volta Motors bought parts from the Brandt Steel Group for ten years. Its main supplier "
            "is the Kestrel Freight Company. Chief executive Paul Vance said the contract would be renewed.")
    _, rec = analyse(analyser, text)
    assert ("Paul Vance", "Chief Executive", "Kestrel Freight Company") in roles(rec)


def test_an_organisation_of_the_previous_paragraph_is_no_tie_breaker(analyser):
    text = ("The carmaker Volta Motors bought parts from the Brandt Steel Group for ten years.\n\n"
            "Chief executive Paul Vance said the contract would be renewed.")
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if m.role == "Chief Executive"]
    assert m.organization is None


def test_a_chief_minister_heads_a_government(analyser):
    _, rec = analyse(analyser, "Tamsin Chief Minister Ravi Menon opened the new port on Monday.")
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Ravi Menon"]
    assert (m.role, m.concept) == ("Chief Minister", "head_of_government")



# the person-level vote (invented texts): a state title votes only for countries, the vote fills
# only titles of the kind it counts, and a former office casts no vote
def _org_of(rec, role):
    (m,) = [m for m in rec.memberships if m.role == role]
    return rec.entities[m.organization].name if m.organization is not None else None


@pytest.mark.parametrize("text", [
    "Former Springfield mayor Ann Wu left office in 2010. President Ann Wu spoke in Berlin on Monday.",
    "Springfield mayor Ann Wu opened a school. President Ann Wu spoke in Berlin on Monday.",
], ids=["former_mayor", "mayor"])
def test_a_head_of_state_takes_no_town_stated_elsewhere(analyser, text):
    _, rec = analyse(analyser, text)
    assert _org_of(rec, "President") != "Springfield"


def test_a_state_title_still_takes_a_country_stated_elsewhere(analyser):
    # (a country of the gazetteer: an invented one would be none)
    text = "Austria's foreign minister Ann Wu met her peers. Later, Chancellor Ann Wu spoke in Berlin on Monday."
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if m.role == "Chancellor"]
    assert rec.entities[m.organization].name == "Austria" and "person-org" in m.rule


def test_a_judge_is_no_judge_of_the_persons_company(analyser):
    text = "Norvale Bank director Ann Wu met investors on Monday. Judge Ann Wu ruled on the case in May."
    _, rec = analyse(analyser, text)
    assert ("Ann Wu", "Director", "Norvale Bank") in roles(rec)
    assert _org_of(rec, "Judge") != "Norvale Bank"


def test_a_former_office_casts_no_vote(analyser):
    # (two organisations before a paragraph break: the nearest-organisation rule picks neither)
    text = ("Former Norvale Bank chief executive Kurt Lenz met officials of the Fjord Shipping Company in Oslo "
            "on Monday.\n\nLater, Chairman Kurt Lenz said the talks went well.")
    _, rec = analyse(analyser, text)
    assert _org_of(rec, "Chairman") != "Norvale Bank"


# (text, person, whether the organisation-less role is a position: an occupation described, not an office)
@pytest.mark.parametrize("text, person, position", [
    pytest.param("The festival honoured the film director Ana Lutz on Friday.", "Ana Lutz", True,
                 id="lowercase_description"),
    pytest.param("Critics praised goalkeeper Rolf Brandt after the match.", "Rolf Brandt", True,
                 id="lowercase_before_a_name"),
    pytest.param("Reporters asked President Karl Odenwald about the plan on Friday.", "Karl Odenwald", False,
                 id="formal_title_mid_sentence"),
    pytest.param("Judge Nora Velt ruled on Friday. The court's judge had heard the case.", "Nora Velt", True,
                 id="sentence_first_word_read_as_written_elsewhere"),
    pytest.param("Judge Nora Velt ruled on Friday. Lawyers thanked Judge Velt.", "Nora Velt", False,
                 id="sentence_first_word_capitalised_elsewhere"),
    # issue #15, roles seventh pass: a military rank is a grade, not a post in a body the article takes
    # as known, even as a formal title; an office stays a membership
    pytest.param("The rebels said Colonel Ivo Brand had fled the capital.", "Ivo Brand", True,
                 id="a_rank_without_organisation_is_a_position"),
    pytest.param("Reporters asked General Mara Tell about the plan on Friday.", "Mara Tell", True,
                 id="a_capitalised_rank_mid_sentence"),
    pytest.param("The rebels said President Ivo Brand had fled the capital.", "Ivo Brand", False,
                 id="an_office_stays_a_membership"),
    # issue #15, session 11: a sportsperson's title is an occupational description in the style guides,
    # capitalised or not ("said Captain X", "Coach X"): without a club a position
    pytest.param("\"We were lucky,\" said Captain Rolf Brandt after the match.", "Rolf Brandt", True,
                 id="a_capitalised_sports_title_is_a_position"),
    pytest.param("Reporters asked Coach Mara Tell about the team on Friday.", "Mara Tell", True,
                 id="a_capitalised_coach_is_a_position"),
])
def test_a_role_without_organisation_or_formal_title_is_a_position(analyser, text, person, position):
    _, rec = analyse(analyser, text)
    found = [m for m in rec.memberships if rec.entities[m.person].name == person and m.organization is None]
    assert found
    assert all(m.position is position for m in found)


@pytest.mark.parametrize("text, person, role, org", [
    pytest.param("The film director Ana Lutz of the Harbour Film Institute spoke on Friday.", "Ana Lutz", "Director",
                 "Harbour Film Institute", id="organisation_after"),
    pytest.param("Critics praised the Easterby Rovers goalkeeper Rolf Brandt after the match.", "Rolf Brandt",
                 "Goalkeeper", "Easterby Rovers", id="organisation_before"),
])
def test_an_occupation_with_its_organisation_stays_a_membership(analyser, text, person, role, org):
    # a lower-case occupation is a position only without its organisation: read with it, the
    # person holds the role in it as an org:Membership and no position
    _, rec = analyse(analyser, text)
    held = [m for m in rec.memberships if rec.entities[m.person].name == person]
    assert {(m.role, rec.entities[m.organization].name if m.organization is not None else None, m.position)
            for m in held} == {(role, org, False)}


def test_a_position_holder_is_no_official(analyser):
    """kg:Official is a person who holds a membership: an occupation without an organisation (a
    kg:Position) makes nobody an official, so the types agree with the officials query."""
    text = ("The festival honoured the film director Ana Lutz on Friday. Critics praised goalkeeper Rolf Brandt "
            "after the match. Mayor Tom Velt met them on Monday.")
    _, rec = analyse(analyser, text)
    held = {(rec.entities[m.person].name, m.position) for m in rec.memberships}
    assert {("Ana Lutz", True), ("Rolf Brandt", True), ("Tom Velt", False)} <= held
    officials = {e.name for e in rec.entities if e.official}
    assert officials == {"Tom Velt"}


def test_a_public_office_without_organisation_stays_a_membership(analyser):
    _, rec = analyse(analyser, "Lena Hartwig later served as governor for eight years.")
    found = [m for m in rec.memberships if rec.entities[m.person].name == "Lena Hartwig"]
    assert found and not any(m.position for m in found)


def test_a_rank_with_its_organisation_stays_a_membership(analyser):
    _, rec = analyse(analyser, "Norland Army General Mara Tell inspected the troops.")
    held = [m for m in rec.memberships if rec.entities[m.person].name == "Mara Tell"]
    assert held and all(m.organization is not None and not m.position for m in held), \
        [(m.role, m.organization, m.position) for m in held]


def test_two_titles_of_one_role_concept_are_one_membership():
    # "Acme chief executive Ann Lee said … The Acme chief added …": one title's words hold the other's
    from kg.analyse.roles import dedupe
    from kg.records import Membership

    ms = [Membership(person=0, role="Chief Executive", concept="chief_executive", span=(0, 5), organization=1),
          Membership(person=0, role="Chief", concept="chief_executive", span=(40, 45), organization=1),
          # another concept, another body or a former post stay
          Membership(person=0, role="Director", concept="director", span=(50, 55), organization=1),
          Membership(person=0, role="Chief", concept="chief_executive", span=(60, 65), organization=2),
          Membership(person=0, role="Chief", concept="chief_executive", span=(70, 75), organization=1, status="former")]
    assert [m.role for m in dedupe(ms)] == ["Chief Executive", "Director", "Chief", "Chief"]
    # a bare word for whoever is in charge: "Acme director Ann Lee said … The Acme chief added …"
    ms = [Membership(person=0, role="Director", concept="director", span=(0, 5), organization=1),
          Membership(person=0, role="Chief", concept="director", span=(40, 45), organization=1)]
    assert [m.role for m in dedupe(ms)] == ["Director"]


def test_a_bare_head_of_a_body_gives_way_to_its_leading_title_in_a_later_sentence(analyser):
    """"The head of X, P, …" … "P, chairman of X, …": one post, named by its leading title."""
    _, rec = analyse(analyser, "The head of Norvale Bank, Kurt Lenz, sold shares in March. "
                               "Later Kurt Lenz, chairman of Norvale Bank, denied any wrongdoing.")
    assert {r for r in roles(rec) if r[0] == "Kurt Lenz"} == {("Kurt Lenz", "Chairman", "Norvale Bank")}


def test_a_bare_head_and_a_leading_title_of_one_body_are_one_membership():
    # records: a bare "Head" of body 1 (person 0, and person 3 who holds no other title there), a
    # leading title of body 1 ("Co-CEO"), another ("Chairman"), a bare "Head" of body 2: the bare
    # "head" gives way to the leading title of the same body; two leading titles stay two posts
    from kg.analyse.roles import dedupe
    from kg.records import Membership

    ms = [Membership(person=0, role="Head", concept="official", span=(0, 5), organization=1),
          Membership(person=3, role="Head", concept="official", span=(0, 5), organization=1),
          Membership(person=0, role="Co-CEO", concept="chief_executive", span=(40, 45), organization=1),
          Membership(person=0, role="Chairman", concept="chair", span=(50, 55), organization=1),
          Membership(person=0, role="Head", concept="official", span=(60, 65), organization=2)]
    assert [(m.person, m.role) for m in dedupe(ms)] == [(3, "Head"), (0, "Co-CEO"), (0, "Chairman"), (0, "Head")]
    ms = [Membership(person=0, role="Chairman", concept="chair", span=(0, 5), organization=1),
          Membership(person=0, role="Chief Executive", concept="chief_executive", span=(40, 45), organization=1),
          Membership(person=0, role="Chief", concept="official", span=(50, 55), organization=1)]
    assert [m.role for m in dedupe(ms)] == ["Chairman", "Chief Executive"]


@pytest.mark.parametrize("first, second, concept", [
    ("Founder", "Chief Executive", "chief_executive"),
    ("Defence Minister", "Foreign Minister", "minister"),
    ("Director", "Head of Research", "director"),
])
def test_two_different_posts_of_one_role_concept_stay_two_memberships(first, second, concept):
    # "the founder and chief executive", "the defence minister, later foreign minister": two posts
    from kg.analyse.roles import dedupe
    from kg.records import Membership

    ms = [Membership(person=0, role=first, concept=concept, span=(0, 5), organization=1),
          Membership(person=0, role=second, concept=concept, span=(40, 45), organization=1)]
    assert [m.role for m in dedupe(ms)] == [first, second]


def test_a_part_of_a_body_before_a_title_is_the_part_the_article_names(analyser):
    # "EU parliament president": the parliament's president, when the article names the parliament
    text = "The European Parliament met on Monday. On Tuesday, EU parliament president Ann Lee said the vote would go ahead."
    assert roles(analyse(analyser, text)[1]) == {("Ann Lee", "President", "European Parliament")}
    # no such body named: the title stays the union's, as before
    text = "Officials met on Monday. On Tuesday, EU parliament president Ann Lee said the vote would go ahead."
    assert roles(analyse(analyser, text)[1]) == {("Ann Lee", "President", "European Union")}


def test_an_affiliation_of_the_phrase_a_title_rule_read_gives_way():
    from kg.analyse.roles import dedupe
    from kg.records import Membership

    titled = Membership(person=0, role="President", concept="chair", span=(0, 30), organization=2)
    same_phrase = Membership(person=0, role="President", concept="chair", span=(0, 30), organization=1, titled=False)
    elsewhere = Membership(person=0, role="Member", concept="member", span=(40, 60), organization=1, titled=False)
    assert dedupe([titled, same_phrase, elsewhere]) == [titled, elsewhere]


@pytest.mark.parametrize("sentence, role", [
    pytest.param('Anna Berg said: "We met Foreign Minister Karl Osman of Norland yesterday and he agreed."',
                 ("Karl Osman", "Foreign Minister", "Norland"), id="a_title_before_a_name_in_quoted_words"),
    pytest.param('"It is a plot by Prime Minister Karl Osman and his allies," said Anna Berg.',
                 ("Karl Osman", "Prime Minister", None), id="a_quoted_title_with_no_organisation"),
])
def test_a_title_before_a_name_inside_a_quotation_is_read(analyser, sentence, role):
    """A speaker who names a person by office ("said Prime Minister X") refers, as the article would."""
    _, rec = analyse(analyser, sentence)
    assert role in roles(rec)


@pytest.mark.parametrize("sentence", [
    pytest.param('"Karl Osman, the real leader of Norland, will fall," Anna Berg said.', id="an_apposition"),
    # the title set off from the name by a comma: "as" the title, a predicate, not a name's title
    pytest.param('"As Prime Minister, Karl Osman failed us," said Anna Berg.', id="a_title_before_a_comma"),
])
def test_a_quoted_apposition_states_no_office(analyser, sentence):
    """"X, the real leader of Y, …", "As Prime Minister, X …" inside quoted words: the speaker's
    claim, not the article's (``_named_in_quote``: a title right before the name, no comma between)."""
    _, rec = analyse(analyser, sentence)
    assert not roles(rec)


# issue #15, review of the ninth pass: only words a speaker is quoted as saying (a direct quotation
# with a cue verb) name a person by their office, and only as a reference the speaker makes
@pytest.mark.parametrize("sentence, person", [
    pytest.param('The film "President Mara Volk" opened the festival on Friday.', "Mara Volk",
                 id="a_works_title_no_one_says"),
    pytest.param('Critics praised the series "Chancellor Mara Volk" last year.', "Mara Volk",
                 id="quoted_words_that_are_only_a_title_and_a_name"),
    pytest.param('"They sang \'King Ivo Brand\' all night," Tom Bree said.', "Ivo Brand",
                 id="quoted_words_in_a_quotation_that_are_only_a_title_and_a_name"),
    pytest.param('Tom Bree left early. "We met President Ana Kresk in May and she agreed to help."', "Ana Kresk",
                 id="a_quotation_without_a_cue_verb"),
    pytest.param('"He calls himself Emperor Dov Karsk," Ola Berg said.', "Dov Karsk", id="a_name_he_gives_himself"),
    pytest.param('"One day we will say Prime Minister Ana Kresk," Tom Bree said.', "Ana Kresk",
                 id="a_name_uttered"),
    pytest.param('"I would rather be Mayor Tom Bree than nothing," joked Ola Berg.', "Tom Bree",
                 id="a_predicate_under_a_modal"),
    pytest.param('"We could soon meet President Ana Kresk," Tom Bree said.', "Ana Kresk", id="under_a_modal"),
    pytest.param('"Go and thank President Ana Kresk," Tom Bree told the crowd.', "Ana Kresk", id="in_an_order"),
])
def test_a_quoted_title_that_is_no_speakers_reference_states_no_office(analyser, sentence, person):
    _, rec = analyse(analyser, sentence)
    assert not {r for r in roles(rec) if r[0] == person}


@pytest.mark.parametrize("sentence", [
    # "will meet": planned, not hypothetical; the person holds the office now
    pytest.param('"We will meet Prime Minister Ana Kresk on Monday," Tom Bree said.', id="a_statement_about_the_future"),
    # a possessor under a modal: the clause doubts what is done, not who holds the office
    pytest.param('"It would be unfair to judge Prime Minister Ana Kresk\'s record now," Tom Bree said.',
                 id="a_possessor_under_a_modal"),
])
def test_a_quoted_title_a_speaker_refers_by_is_read(analyser, sentence):
    _, rec = analyse(analyser, sentence)
    assert ("Ana Kresk", "Prime Minister", None) in roles(rec)


def test_an_honorific_before_a_title_is_no_organisation(analyser):
    """"Mr Justice X": with "Mr" read as a name of its own, the judge still serves no body "Mr"."""
    from kg import lexicons
    from kg.analyse import entities, roles as role_rules
    from kg.analyse.context import ArticleContext
    from kg.analyse.resolve import Resolver

    doc, _rec = analyse(analyser, "A ruling from Mr Justice Tom Harlow is expected in March.")
    sdoc = analyser.nlp(doc.text)
    ctx = ArticleContext.build(sdoc, doc, None)
    with lexicons.using(ctx.lex):
        index = entities.consolidate(sdoc, ctx.headline_end)
        i = next(t.i for t in sdoc if t.text == "Mr")
        view = entities.IndexView(index)
        view.propose("ORG", "Mr", i, i + 1)  # as the recogniser may read it
        index.apply(view.proposed)
        view = entities.IndexView(index)
        ms = role_rules.titles(view, Resolver(index, {}), [])
        assert ms and all(m.organization is None or view.entities[m.organization].name != "Mr" for m in ms)


# issue #15, session 16: the heads of state and government a reader knows (office_holders.tsv, from
# WordNet 3.0), read with an invented list: an invented person who headed Norway
def _known(**rows):
    from dataclasses import replace

    from kg import lexicons
    return lexicons.using(replace(lexicons.shipped(), office_holders={
        k: ("Norway", "head_of_government", "Prime Minister", "former") for k in rows.get("keys", ())}))


@pytest.mark.parametrize("text, role", [
    pytest.param("Voters in Norway went to the polls. Critics recalled how Harald Vinter had handled the oil crisis.",
                 ("Harald Vinter", "Prime Minister", "Norway"), id="a_known_head_of_government_named_without_title"),
    pytest.param("Voters in Norway went to the polls. Critics recalled how Vinter had handled the oil crisis.",
                 ("Harald Vinter", "Prime Minister", "Norway"), id="by_the_surname_the_list_gives_alone"),
    pytest.param("Voters in Norway went to the polls. Critics recalled how Per Vinter had handled the oil crisis.",
                 None, id="another_full_name_with_the_surname_is_someone_else"),
    pytest.param("Voters went to the polls. Critics recalled how Harald Vinter had handled the oil crisis.",
                 None, id="not_when_the_article_names_no_such_country"),
])
def test_a_head_of_government_the_reader_knows(analyser, text, role):
    with _known(keys=("Harald Vinter", "Vinter")):
        _, rec = analyse(analyser, text)
    found = {r for r in roles(rec) if "Vinter" in r[0]}
    assert found == ({role} if role else set())
    if role:
        (m,) = [m for m in rec.memberships if "Vinter" in rec.entities[m.person].name]
        assert m.status == "former" and m.rule == "known-office" and m.confidence <= 0.6


@pytest.mark.parametrize("text, name", [
    pytest.param("Voters in Norway went to the polls. Critics recalled how Mr Vinter had handled the oil crisis.",
                 "Harald Vinter", id="the_one_head_the_word_names_in_an_article_about_his_country"),
    pytest.param("Voters went to the polls. Critics recalled how Mr Vinter had handled the oil crisis.",
                 "Vinter", id="not_when_the_article_names_no_such_country"),
])
def test_a_surname_the_list_gives_one_head_names_that_head(analyser, text, name):
    """Session 17 (issue #15): a one-word name the list of heads of state and government gives one
    person, in an article naming the country they headed, is that person's full name (one node
    across the build with the articles that name them in full)."""
    with _known(keys=("Harald Vinter", "Vinter")):
        _, rec = analyse(analyser, "Oil crisis recalled\n\n" + text)
    people = {e.name: e for e in rec.entities if e.kind == "PERSON"}
    assert name in people
    assert people[name].local == (" " not in name)
    if " " in name:
        assert "Vinter" in people[name].aliases


@pytest.mark.parametrize("text, name", [
    pytest.param("The Norwegian press went to town. Critics recalled how Mr Vinter had handled the oil crisis.",
                 "Harald Vinter", id="a_demonym_names_the_country"),
    pytest.param("The Zorb Party went to the polls. Critics recalled how Mr Vinter had handled the oil crisis.",
                 "Harald Vinter", id="a_national_body_names_the_country"),
    pytest.param("The Zorb Party went to the polls. Critics recalled how Mr Vinter had handled the oil crisis.",
                 "Vinter", id="not_a_body_of_another_country"),
])
def test_a_surname_the_list_gives_one_head_in_an_article_that_names_the_country_otherwise(analyser, text, name):
    """Session 23 (issue #15): an article about a country's politics that never names the country names
    it by a demonym or by a national body WordNet gives that country (``institution_countries.tsv``);
    the one head the list knows by the surname is then that person."""
    from dataclasses import replace

    from kg import lexicons
    country = "Sweden" if name == "Vinter" else "Norway"
    base = replace(lexicons.shipped(), institution_countries={"Zorb Party": country}, office_holders={
        k: ("Norway", "head_of_government", "Prime Minister", "former") for k in ("Harald Vinter", "Vinter")})
    with lexicons.using(base):
        _, rec = analyse(analyser, "Oil crisis recalled\n\n" + text)
    assert name in {e.name for e in rec.entities if e.kind == "PERSON"}


def test_a_known_heads_title_takes_the_country_the_reader_knows_before_the_leading_one(analyser):
    text = ("Sweden and Norway met in Stockholm. Sweden wants a deal, Sweden's press said, and Sweden will sign. "
            "Prime Minister Harald Vinter said he was pleased.")
    with _known(keys=("harald vinter",)):
        _, rec = analyse(analyser, text)
    assert ("Harald Vinter", "Prime Minister", "Norway") in roles(rec)
    assert ("Harald Vinter", "Prime Minister", "Sweden") not in roles(rec)


@pytest.mark.parametrize("known, org", [
    pytest.param(("harald vinter",), None, id="a_known_head_is_not_the_premier_of_the_leading_place"),
    pytest.param((), "Sweden", id="an_unknown_premier_takes_the_leading_country"),
])
def test_a_known_heads_title_does_not_take_another_leading_country(analyser, known, org):
    """Session 18 (issue #15): "Prime Minister X" in an article that names only another country
    (a region of X's country, a place X visits) is no premier of that country when the list of heads
    gives X's own; the organisation stays unstated rather than wrong."""
    text = ("Sweden wants a deal, Sweden's press said, and Sweden will sign. "
            "Prime Minister Harald Vinter said he was pleased.")
    with _known(keys=known):
        _, rec = analyse(analyser, text)
    found = {r for r in roles(rec) if r[0] == "Harald Vinter"}
    assert {r[2] for r in found} == {org}


def test_a_namesake_the_article_calls_a_player_is_no_known_head(analyser):
    """What the article states of a person wins: "X, the club's striker" is a namesake of the head of
    government, not the head (a player or coach is given no known office)."""
    with _known(keys=("harald vinter",)):
        _, rec = analyse(analyser, "Harald Vinter, the Tromso Rovers striker, scored twice in Norway on Saturday.")
    found = {r for r in roles(rec) if "Vinter" in r[0]}
    assert found and not any(role == "Prime Minister" for _p, role, _o in found), found


# issue #15, session 18: a minister's, secretary's or spokesperson's field is part of the office
@pytest.mark.parametrize("text, person, role, org, status", [
    pytest.param("Schools will reopen, said education secretary Ana Vale.",
                 "Ana Vale", "Education Secretary", None, None, id="the_field_names_the_office"),
    pytest.param("Aid would rise, said the shadow international development secretary, Ana Vale.",
                 "Ana Vale", "International Development Secretary", None, "shadow",
                 id="a_status_before_the_field_still_qualifies_it"),
    pytest.param("Tory shadow health secretary Ana Vale said waiting lists were too long.",
                 "Ana Vale", "Health Secretary", "Conservative Party", "shadow",
                 id="the_party_before_the_status_and_the_field"),
    pytest.param("The former immigration minister Ana Vale said the rules were unfair.",
                 "Ana Vale", "Immigration Minister", None, "former", id="a_former_holder_of_the_field"),
    pytest.param("The bill was fair, said Ana Vale, a former deputy treasury secretary.",
                 "Ana Vale", "Deputy Treasury Secretary", None, "former", id="a_deputy_of_the_field"),
    pytest.param("Former Labour minister Ana Vale said the vote was lost.",
                 "Ana Vale", "Minister", "Labour Party", "former", id="a_party_is_no_field"),
])
def test_a_titles_field_is_part_of_the_office(analyser, text, person, role, org, status):
    _, rec = analyse(analyser, text)
    found = [m for m in rec.memberships if rec.entities[m.person].name == person]
    assert [(m.role, rec.entities[m.organization].name if m.organization is not None else None, m.status)
            for m in found] == [(role, org, status)]



# issue #15, session 21: the recogniser reads a capitalised field as a name ("Transport" a body or a person)
@pytest.mark.parametrize("text, person, role", [
    pytest.param("Chancellor Ann Lee and Transport Secretary Ben Cole opened the bridge in Leeds on Monday.",
                 "Ben Cole", "Transport Secretary", id="a_conjunct_the_parse_hangs_on_the_name_before"),
    pytest.param("Health Secretary Ann Lee met Energy Secretary Ben Cole in London on Friday.",
                 "Ben Cole", "Energy Secretary", id="a_field_read_as_a_person"),
    pytest.param("Health Secretary Ann Lee met Energy Secretary Ben Cole in London on Friday.",
                 "Ann Lee", "Health Secretary", id="a_field_read_as_a_body_at_a_sentences_start"),
])
def test_a_capitalised_field_read_as_a_name_is_part_of_the_office(analyser, text, person, role):
    _, rec = analyse(analyser, text)
    assert [m.role for m in rec.memberships if rec.entities[m.person].name == person] == [role]
    assert not {"Transport", "Energy", "Health"} & (names(rec, "ORG") | names(rec, "PERSON"))


def test_a_body_named_before_a_title_or_elsewhere_is_no_field(analyser):
    """Only words that name nothing else in the article are a field: a body's head noun ("Home Office
    minister"), a governing body ("Cabinet minister") or a word the article also uses as a name alone."""
    text = ("Home Office minister Ann Lee and Cabinet minister Ben Cole met on Monday. "
            "Treasury Secretary Carl Moss agreed. The Treasury said prices would rise.")
    _, rec = analyse(analyser, text)
    assert {"Home Office", "Treasury"} <= names(rec, "ORG"), names(rec, "ORG")
    assert ("Ann Lee", "Minister", "Home Office") in roles(rec)


def test_a_government_spokesman_still_speaks_for_the_country(analyser):
    """The field does not hide a government's word from the organisation: "government spokesman X"
    in an article about one country is that country's."""
    text = ("Norway will sign the treaty, Norway's press said. Norway wants a deal and Norway will vote. "
            "Government spokesman Per Lund said the talks went well.")
    _, rec = analyse(analyser, text)
    assert {(r[1], r[2]) for r in roles(rec) if r[0] == "Per Lund"} == {("Government Spokesman", "Norway")}


def test_an_organisation_less_title_inside_a_longer_one_with_an_organisation_is_that_title(analyser):
    text = ("Norway will sign the treaty, Norway's press said. Norway wants a deal and Norway will vote. "
            "Disability minister Per Lund said the law would change. The minister, Per Lund, said more.")
    _, rec = analyse(analyser, text)
    assert {(r[1], r[2]) for r in roles(rec) if r[0] == "Per Lund"} == {("Disability Minister", "Norway")}


@pytest.mark.parametrize("text, role, org", [
    pytest.param("The party will win, said Tory co-chairman Peter Smith.", "Co-chairman", "Conservative Party",
                 id="a_hyphenated_co_title_with_its_party"),
    pytest.param("The party will win, said Tory co chairman Peter Smith.", "Co-chairman", "Conservative Party",
                 id="written_apart_the_same_office"),
    pytest.param("Acme Group vice-chairman Peter Smith said prices would rise.", "Vice-chairman", "Acme Group",
                 id="a_vice_title"),
    pytest.param("Vice President Peter Smith said prices would rise.", "Vice President", None,
                 id="a_title_of_its_own_keeps_its_spelling"),
])
def test_a_second_holders_prefix_is_part_of_the_title(analyser, text, role, org):
    """Session 18 (issue #15): "co-" and "vice" make a second holder of the title after them, one title
    with one spelling ("co chairman" and "co-chairman" are "Co-chairman"), its organisation read before it."""
    _, rec = analyse(analyser, text)
    assert {(r[1], r[2]) for r in roles(rec) if r[0] == "Peter Smith"} == {(role, org)}


@pytest.mark.parametrize("text, person, org", [
    pytest.param("Conservative co chairman Liam Fox mocked them. Liberal Democrat parliamentary chairman "
                 "Peter Smith said it was bad.", "Peter Smith", "Liberal Democrats",
                 id="the_party_before_a_portfolio_word"),
    pytest.param("Mailings oppose both Bush and Democratic presidential candidate Peter Smith, aides said.",
                 "Peter Smith", "Democratic Party", id="a_party_joins_only_a_party"),
])
def test_a_party_before_the_words_of_a_title(analyser, text, person, org):
    """Session 18 (issue #15): a party written before a title's lower-case words is the title's
    organisation (not the nearest other body), and no non-party joined to it by "and" shares it."""
    _, rec = analyse(analyser, text)
    assert {r[2] for r in roles(rec) if r[0] == person} == {org}


@pytest.mark.parametrize("text,expected", [
    # a two-word title is one office, not a general's rank and a secretary's post
    ("Ivo Brandt, the Orange Party's general secretary, said the vote was fair.",
     {("Ivo Brandt", "General Secretary", "Orange Party")}),
    ("Ivo Brandt, the Minister President of Velmark, said so.", {("Ivo Brandt", "Minister President", "Velmark")}),
])
def test_a_two_word_title_is_one_office(analyser, text, expected):
    _, rec = analyse(analyser, text)
    assert roles(rec) == expected


@pytest.mark.parametrize("text, person, org", [
    pytest.param("Acme Bay wants to keep its rebate. UN Commission president Ana Lopez said it must end.",
                 "Ana Lopez", "UN Commission", id="an_acronym_led_body_ending_in_a_bodys_word_is_whole"),
    pytest.param("Acme Bay wants more. EU Energy Commissioner Ana Lopez said it must end.",
                 "Ana Lopez", "European Union", id="an_acronym_before_a_portfolio_is_the_body"),
])
def test_a_body_named_before_a_title_keeps_its_own_name(analyser, text, person, org):
    """Session 20 (issue #15): an acronym-led name before a title is cut to the acronym only when the
    words after it are the title's portfolio, not when they end in a body's head noun ("X Commission
    president"); the country the article is about is then no default for the title."""
    _, rec = analyse(analyser, text)
    assert {r[2] for r in roles(rec) if r[0] == person} == {org}


@pytest.mark.parametrize("text, person", [
    pytest.param("Turnout fell, she told Acme News. But Jo Marr, an adviser on energy to President Ana Lopez, "
                 "said the plan was wrong.", "Jo Marr", id="an_adviser_to_a_person"),
    pytest.param("The Fernvale Trust had been slow, the MPs found. Committee chairman Jo Marr said it was late.",
                 "Jo Marr", id="a_sentence_opening_common_noun_qualifies_the_title"),
])
def test_a_title_that_names_whom_it_serves_takes_no_nearby_body(analyser, text, person):
    """Session 20 (issue #15): a title whose phrase names the person it serves ("an adviser to X") or a
    common noun before it ("Committee chairman", capitalised only because it opens the sentence) takes
    no organisation named nearby."""
    _, rec = analyse(analyser, text)
    assert [r for r in roles(rec) if r[0] == person] and all(r[2] is None for r in roles(rec) if r[0] == person)


def test_a_sentence_opening_common_noun_before_a_title_is_the_body_named_with_it(analyser):
    """Session 20 (issue #15): "Committee chairman X" opening a sentence chairs the one committee the
    article names, not a body named nearer."""
    _, rec = analyse(analyser, "Visas were issued too fast, the Fernvale Accounts Committee found. The MPs "
                               "agreed. Committee chairman Jo Marr said: \"There is a worrying tension.\"")
    assert {r[2] for r in roles(rec) if r[0] == "Jo Marr"} == {"Fernvale Accounts Committee"}


def test_a_body_named_with_and_is_one_body(analyser):
    """Session 20 (issue #15): "the Public and Commercial Services Union" is one union, not a "Public"
    and a "Commercial Services Union"; two bodies joined by "or" or a list with a party stay apart."""
    _, rec = analyse(analyser, "Jo Marr, the leader of the Public and Commercial Services Union, said the plans "
                               "were wrong. Officials at the Fernvale Society or Electoral Commission agreed.")
    assert roles(rec) == {("Jo Marr", "Leader", "Public and Commercial Services Union")}
    assert {"Fernvale Society", "Electoral Commission"} <= names(rec, "ORG")


@pytest.mark.parametrize("text", [
    "Critics attack Jo Marr's Labour plans. Jo Marr spoke on Monday.",
    "Ann Lee attacks Jo Marr's Tory 'lies'. Jo Marr spoke on Monday.",
])
def test_a_partys_name_before_a_noun_after_a_possessive_is_no_membership(analyser, text):
    """Session 20 (issue #15): "X's Labour plans" are plans about or of the party, not X's party."""
    _, rec = analyse(analyser, text)
    assert not [r for r in roles(rec) if r[0] == "Jo Marr"]


@pytest.mark.parametrize("text, org", [
    pytest.param("Britain's economy grew. In Britain, Mr Brown accused shadow chancellor Jo Marr of plotting cuts "
                 "in Britain.", None, id="no_party_named"),
    pytest.param("Britain's economy grew in Britain. Tory MP Jo Marr, the shadow chancellor, said Britain would cut "
                 "taxes.", "Conservative Party", id="the_holders_party"),
])
def test_a_shadow_post_is_no_office_of_the_country(analyser, text, org):
    """Session 20 (issue #15): a shadow minister holds the opposition party's post, not the country's
    office: the article's country is no default for it; the person's party, when stated, is."""
    _, rec = analyse(analyser, text)
    assert {r[2] for r in roles(rec) if r[1] == "Chancellor"} == {org}


# session 21 (issue #15, s21-15r): a party a personal possessive owns; a public office described
@pytest.mark.parametrize("text, role", [
    pytest.param("President Ola Berg spoke on Monday. His ruling Blue Party has overseen growth.",
                 ("Ola Berg", "Party member", "Blue Party"), id="his_ruling_party"),
    pytest.param("Ola Berg, the Blue Party's rival, spoke. He attacked the Green Party and his own Red Party.",
                 ("Ola Berg", "Party member", "Red Party"), id="his_own_party"),
    pytest.param("Angela Merkel visited Berlin on Monday. The chancellor said Germany would help.",
                 ("Angela Merkel", "Chancellor", "Germany"), id="the_chancellor_said"),
    pytest.param("Ola Berg visited Oslo on Monday. The Norwegian prime minister said the country would help.",
                 ("Ola Berg", "Prime Minister", "Norway"), id="the_demonym_prime_minister_said"),
    pytest.param("The party was hurt by the Ola Berg affair, in which the former premier misled voters. Norway was shaken.",
                 ("Ola Berg", "Premier", "Norway"), id="the_former_premier_in_a_relative_clause"),
])
def test_a_possessed_party_and_a_described_office(analyser, text, role):
    _, rec = analyse(analyser, text)
    assert role in roles(rec)


@pytest.mark.parametrize("text, person", [
    pytest.param("Ola Berg spoke on Monday. He criticised his Labour plans.", "Ola Berg", id="his_party_plans"),
    pytest.param("Ola Berg spoke. He answered his Blue Party opposite number Jan Visser.", "Ola Berg", id="his_party_counterpart"),
    pytest.param("Ola Berg spoke on Monday. Jan Visser said the prime minister had lied.", "Jan Visser", id="a_speaker_is_no_antecedent"),
    pytest.param("Ola Berg met Jan Visser on Monday. The prime minister said Norway would help.", "Ola Berg", id="two_people_named_before"),
])
def test_no_possessed_party_or_described_office(analyser, text, person):
    _, rec = analyse(analyser, text)
    assert not any(r[0] in {"Ola Berg", "Jan Visser"} and r[1] in {"Party member", "Prime Minister"} for r in roles(rec))


# session 21 (tried): the subject of a verb of taking or leaving an office (WordNet) holds the title after "as"
@pytest.mark.parametrize("text, role", [
    pytest.param("Ola Berg was sworn in as president of Norway on Monday.", ("Ola Berg", "President", "Norway"), id="sworn_in_as"),
    pytest.param("Ola Berg stepped down as chairman of Siemens in 2004.", ("Ola Berg", "Chairman", "Siemens"), id="stepped_down_as"),
    pytest.param("Ola Berg took over as chief executive of Siemens.", ("Ola Berg", "Chief Executive", "Siemens"), id="took_over_as"),
    pytest.param("Ola Berg succeeded Jan Visser as chief executive of Siemens.", ("Ola Berg", "Chief Executive", "Siemens"), id="succeeded_y_as"),
    pytest.param("Ola Berg quit as coach of Bayern Munich.", ("Ola Berg", "Coach", "Bayern Munich"), id="quit_as"),
])
def test_a_verb_of_taking_or_leaving_an_office(analyser, text, role):
    _, rec = analyse(analyser, text)
    assert role in roles(rec)


def test_leaving_an_office_makes_it_former(analyser):
    _, rec = analyse(analyser, "Ola Berg resigned as leader of the Labour Party on Monday.")
    assert [(rec.entities[m.person].name, m.role, m.status) for m in rec.memberships] == [("Ola Berg", "Leader", "former")]


# session 22: a comma between a title and a name in different clauses is no apposition
@pytest.mark.parametrize("text, wrong", [
    pytest.param("Ola Berg will be more careful as he begins his second term as Norwegian President, Jan Visser has said.",
                 ("Jan Visser", "President", "Norway"), id="title_ends_the_reported_clause"),
    pytest.param("Echoing the Norwegian Foreign Minister Ola Berg, the prime minister said the war was over.",
                 ("Ola Berg", "Prime Minister", None), id="name_ends_a_participle_clause"),
])
def test_a_title_and_a_name_in_different_clauses_are_no_apposition(analyser, text, wrong):
    _, rec = analyse(analyser, text)
    assert not any(r[:2] == wrong[:2] for r in roles(rec)), roles(rec)


@pytest.mark.parametrize("text, role", [
    pytest.param("The Norwegian prime minister, Ola Berg, said the war was over.", ("Ola Berg", "Prime Minister", "Norway"), id="apposition_after"),
    pytest.param("Ola Berg, the Norwegian prime minister, said the war was over.", ("Ola Berg", "Prime Minister", "Norway"), id="apposition_before"),
    pytest.param("He met Norway's prime minister, Ola Berg, on Monday.", ("Ola Berg", "Prime Minister", "Norway"), id="apposition_object"),
])
def test_an_apposition_with_commas_still_gives_the_office(analyser, text, role):
    _, rec = analyse(analyser, text)
    assert role in roles(rec), roles(rec)


def test_a_title_after_a_name_and_its_abbreviated_title(analyser):
    _, rec = analyse(analyser, "Paul Gower MP, the Labour Party's chief whip, said the vote would be close.")
    assert any(r[0] == "Paul Gower" and r[2] == "Labour Party" for r in roles(rec)), roles(rec)


def test_an_organisation_less_seat_beside_the_same_seat_with_its_body_is_one_membership(analyser):
    _, rec = analyse(analyser, "MEP Ann Lucas spoke on Monday. \"It is wrong,\" said Ann Lucas, a new EU parliamentarian "
                               "and member of the Green group.")
    mine = [r for r in roles(rec) if r[0] == "Ann Lucas"]
    assert mine and all(r[2] is not None for r in mine), mine


def test_an_organisation_less_post_beside_another_post_of_its_concept_stays(analyser):
    _, rec = analyse(analyser, "Ola Berg, a former deputy treasury secretary and head of the Norvale Bank, "
                               "said the vote would be close.")
    assert any(r[0] == "Ola Berg" and r[2] is None for r in roles(rec)), roles(rec)


def test_a_coachs_club_is_the_subject_of_the_sentence_before(analyser):
    """Session 22: of two clubs named as near a coach's title, the one the sentence before is about."""
    text = ("Last year's champions Dynamo Velka turned a 1-0 deficit against Telford into a 4-1 win on Saturday. "
            "On 40 points, coach Tom Hale's side are top of the league after the match, and the striker agreed "
            "after a 2-2 draw.")
    _, rec = analyse(analyser, text)
    assert ("Tom Hale", "Coach", "Dynamo Velka") in roles(rec), roles(rec)
    # outside a match report a captain's organisation is not read from the sentence before
    text = ("A boat burned at sea. The Conway Star was owned by Bluefin Tours and chartered by Deepwater Trips. "
            "On Tuesday, Captain Ann Vos said the search was over.")
    _, rec = analyse(analyser, text)
    assert not any(p == "Ann Vos" and org == "Conway Star" for p, _r, org in roles(rec)), roles(rec)


# Session 24 (issue #15): shapes of half A's missed roles, in invented sentences
@pytest.mark.parametrize("text, role", [
    pytest.param("Tom Hale, a reporter for the little French-language weekly Norvale Gazette, said the island was calm.",
                 ("Tom Hale", "Reporter", "Norvale Gazette"), id="a_hyphened_capitalised_modifier_before_the_body"),
    pytest.param("The Fjordland Senate met on Monday. Alva Rusk, a columnist for the Bergen tabloid "
                 "Kystposten, said the vote would be close.",
                 ("Alva Rusk", "Columnist", "Kystposten"), id="a_place_modifying_a_noun_before_the_body"),
    pytest.param("EU Trade Commissioner Ann Berg said on Monday that the European Commission would act.",
                 ("Ann Berg", "Commissioner", "European Commission"), id="a_commissioner_sits_in_the_commission"),
    pytest.param("Ann Berg, a Green EU parliamentarian, said the European Parliament would vote in May.",
                 ("Ann Berg", "Parliamentarian", "European Parliament"), id="a_parliamentarian_sits_in_the_parliament"),
    pytest.param("Tom Hale, a fellow of the Coastal Studies Institute at Fjord University, said the ice was thin.",
                 ("Tom Hale", "Member", "Fjord University"), id="a_body_named_at_its_host"),
    pytest.param("Vice President Ann Berg stood in for President Tom Hale of Finland at the bridge on Friday, Danish "
                 "papers said. Denmark's economy grew. Denmark is rich.",
                 ("Ann Berg", "Vice President", "Finland"), id="a_deputy_of_a_state_office_serves_its_holders_state"),
])
def test_session_24_role_shapes(analyser, text, role):
    _, rec = analyse(analyser, text)
    assert role in roles(rec), roles(rec)


def test_a_title_body_needs_one_body_of_its_kind_and_no_building(analyser):
    _, rec = analyse(analyser, "Senator Ann Berg said the White House would veto the bill.")
    assert not any(r[0] == "Ann Berg" and r[2] == "White House" for r in roles(rec)), roles(rec)
    _, rec = analyse(analyser, "\"He does nothing,\" said State Senator Tom Hale, Democrat of Texas. Ann Berg won her "
                               "Senate seat easily.")
    assert not any(r[0] == "Tom Hale" and r[2] == "Senate" for r in roles(rec)), roles(rec)  # a state's senate
    _, rec = analyse(analyser, "Senator Ann Berg spoke in Ohio. The Missouri Senate passed the bill on Monday.")
    assert not any(r[0] == "Ann Berg" and r[2] == "Missouri Senate" for r in roles(rec)), roles(rec)  # a state's body
    _, rec = analyse(analyser, "EU Trade Commissioner Ann Berg said the Fjord Commission and the Norvale "
                               "Commission would both act.")
    assert not any(r[0] == "Ann Berg" and r[2] in {"Fjord Commission", "Norvale Commission"} for r in roles(rec)), roles(rec)


def test_a_company_vice_president_takes_no_country(analyser):
    _, rec = analyse(analyser, "Danish shares rose in Copenhagen. Vice President Ann Berg said the plant would open, "
                               "and Denmark welcomed it.")
    assert not any(r[0] == "Ann Berg" and r[2] == "Denmark" for r in roles(rec)), roles(rec)


def test_a_state_title_met_by_a_leader_takes_no_partners_country(analyser):
    _, rec = analyse(analyser, "Finnish President Tom Hale met Prime Minister Ann Berg of Norway in Oslo.")
    assert ("Ann Berg", "Prime Minister", "Norway") in roles(rec), roles(rec)

