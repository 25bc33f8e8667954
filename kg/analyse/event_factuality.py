"""Event factuality from the parse (issue #16): asserted, planned, hypothetical, negated, disputed.

Read around the trigger and the verb that governs it (the word sets of ``words.tsv``):
- negated: a negation under the verb ("did not resign"), or "no"/"never" before the noun;
- hypothetical: a modal auxiliary (``hypothetical_auxiliaries``: "could face charges") or a
  condition ("if the vote fails", ``event_hypothetical_marks``);
- planned: a future auxiliary ("will meet"), "is to be sentenced", the complement of a verb
  or adjective of planning ("plans to resign", "due to retire", ``event_plan_words``), or an
  infinitive of purpose and the clause under it ("flew to Paris to sign the treaty"), the aim of an
  attempt ("tried to arrest him", ``event_attempt_verbs``), and the infinitive complement of any other verb or
  adjective ("agreed to pay", "was required to transmit") but an implicative one ("managed to flee",
  ``event_implicative_verbs``, Karttunen 1971);
- negated also: the infinitive complement of a negative implicative ("failed to pass", "refused to
  repatriate", ``event_negative_implicative_verbs``);
- negated also: a subject that is nobody ("Nobody fled", "No company acquired it", "Neither side
  signed it", ``event_negative_subjects``) or an object with "no" ("arrested no suspects");
- hypothetical also: a reported clause that is an indirect question ("asked whether she fled",
  ``event_question_marks``);
- disputed: "allegedly", "alleged", "reportedly", or the clause of a verb of alleging or denying
  ("denied that he assaulted …", ``event_dispute_words``);
- hypothetical also: the verb of a yes/no question ("Did the council hold a vote?"), asked about, not
  told (:func:`mood`; rule 100). A wh-question presupposes its act ("Why did you leave the union?") and is
  read as told; a request to the addressee is no event at all (``TriggerFinder.find``, rule 101).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lexicons

ASSERTED, PLANNED, HYPOTHETICAL, NEGATED, DISPUTED = "asserted", "planned", "hypothetical", "negated", "disputed"
# the mood of a main clause (:func:`mood`)
QUESTION = "question"
WH_QUESTION = "wh-question"
REQUEST = "request"
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
LEAD_DEPS = {"punct", "intj", "advmod", "cc", "dep", "npadvmod"}
# speech_verbs.tsv's classes of a verb whose passive reports what others say or know ("is said to be …")
REPORT_CLASSES = {"speech", "cognition", "reporting"}


def mood(verb: Token) -> str | None:
    """The mood of the main clause a verb heads, from the parse alone (Quirk et al. 1985, ch. 11;
    Huddleston and Pullum 2002, ch. 10): ``REQUEST`` for an imperative (a base-form root with no subject
    and no auxiliary, first in its sentence but for interjections and adverbs: "Tell us about the
    tour.", "Please visit the page.") or a question put to the addressee with a modal before its subject
    ("Could you outline …?", "Would you mind explaining …?": a request in the form of a question; "How would
    you sum up …?", "Who would you nominate?": what the addressee would do or say); ``QUESTION`` for
    another yes/no question (subject-auxiliary inversion and a closing question mark: "Did the council hold
    a vote?"); ``WH_QUESTION`` when a wh-word opens the clause ("Why did you leave the union?"); None for a
    statement or a verb that heads no main clause. A conjunct goes with the first conjunct; a subjectless
    complement ("mind telling", "try to explain") with the verb it completes."""
    v = verb
    while v.dep_ == "conj" and v.head != v:
        v = v.head
    if v.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in v.children):
        v = v.head
    if v.dep_ != "ROOT":
        return None
    subj = next((c for c in v.children if c.dep_ in SUBJECTS), None)
    aux = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
    sent = v.sent
    if subj is None and not aux and v.tag_ == "VB" and all(
            t.dep_ in LEAD_DEPS or t.is_space for t in sent if t.i < v.i):
        return REQUEST
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote or t.is_bracket)), None)
    if last is None or last.text != "?" or subj is None:
        return None
    front = [a for a in aux if a.i < subj.i] + ([v] if v.pos_ == "AUX" and v.i < subj.i else [])
    if not front:
        return None
    if subj.morph.get("Person") == ["2"] and any(a.tag_ == "MD" for a in front):
        return REQUEST  # "Could you outline …?", "How would you sum up …?": asked of the addressee
    first = min(t.i for t in front)
    if any(t.tag_ in WH_TAGS for t in sent if t.i < first):
        return WH_QUESTION
    return QUESTION


def governing_verb(tok: Token) -> Token:
    """The verb a trigger belongs to: itself, or the verb its noun phrase depends on."""
    t = tok
    for _ in range(4):
        if t.pos_ in {"VERB", "AUX"}:
            return t
        if t.head == t:
            return t
        t = t.head
    return t


def factuality(span: Span, words, chain: bool = True) -> str:
    """The factuality of the event ``span`` names; ``chain``: read an infinitive complement through the verb it
    complements (rule 147; that verb's own factuality is read without it, one step up only)."""
    tok = span.root
    verb = governing_verb(tok)
    near = [tok] if verb == tok else [tok, verb]
    negs, hyp, marks = words["event_negations"], words["hypothetical_auxiliaries"], words["event_hypothetical_marks"]
    plan, future, dispute = words["event_plan_words"], words["event_future_auxiliaries"], words["event_dispute_words"]
    for t in near:
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ in {"det", "advmod"} and c.lower_ in negs):
                return NEGATED
            if c.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"VERB", "AUX"} and (
                    c.lower_ in words["event_negative_subjects"]
                    or any(g.dep_ == "det" and g.lower_ in negs for g in c.children)):
                return NEGATED  # "Nobody resigned", "No company acquired it", "No one fled"
            if c.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"VERB", "AUX"} and any(
                    g.dep_ in {"det", "preconj"} and g.lower_ in words["event_negative_subjects"] for g in c.children):
                return NEGATED  # "Neither side signed it"
            if c.dep_ == "dobj" and t.pos_ == "VERB" and any(g.dep_ == "det" and g.lower_ in negs
                                                            for g in c.children):
                return NEGATED  # "Police arrested no suspects", "announced no changes"
    if tok == verb and mood(verb) == QUESTION:
        return HYPOTHETICAL  # "Did the council hold a vote?": asked about, not told (rule 100)
    for t in near:
        for c in t.children:
            if c.dep_ in {"advmod", "amod"} and c.lower_ in dispute:
                return DISPUTED
    if verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in dispute:
        return DISPUTED
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in words["event_question_marks"]
                                    for c in verb.children):
        return HYPOTHETICAL  # "investigating whether she fled": an open question
    for t in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lower_ in hyp for c in t.children):
            return HYPOTHETICAL
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return HYPOTHETICAL
    if any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
        return PLANNED
    # "is to be sentenced", "plans to resign", "due to retire", "the planned vote"
    infinitive = any(c.dep_ == "aux" and c.lower_ in words["infinitive_markers"] for c in verb.children) \
        and verb.dep_ in {"xcomp", "ccomp", "advcl"}
    if infinitive and verb.head.lemma_.lower() in plan | words["be_verbs"]:
        return PLANNED
    if infinitive and any(c.dep_ == "mark" and c.lower_ in words["for_to_marks"] for c in verb.children):
        return PLANNED  # "called for the council to resign", "waited for the bus to arrive": a for-to clause
        # tells what is asked, arranged or awaited, not what was done
    # the aim of an attempt ("tried to arrest him", "tried to hold talks", ``event_attempt_verbs``) is not
    # told done either, like "sought to"; a noun further in keeps its own ("tried to recover from the
    # effects of last year's earthquake": the earthquake happened)
    if infinitive and verb.head.lemma_.lower() in words["event_attempt_verbs"] and (
            tok == verb or tok.head == verb and tok.dep_ in {"dobj", "nsubjpass"}):
        return PLANNED
    if any(c.dep_ == "amod" and c.lemma_.lower() in plan for c in tok.children):
        return PLANNED
    if chain:
        told = complement(tok, verb, words)  # rule 147
        if told is not None:
            return told
    if verb.i in {tok.i, tok.head.i} and purposed(verb, words):
        return PLANNED  # "flew to Paris to sign the treaty", "rallied to demand his release"
    return ASSERTED


def complement(tok: Token, verb: Token, words) -> str | None:
    """Rule 147 (EVENTS.md sets 65–66): the factuality of an infinitive complement (``xcomp`` with "to"; a second
    infinitive joined by "and" as its first) told by the verb or adjective it completes, when ``tok`` is the
    infinitive or an indefinite object of it; None when the rule does not apply. An implicative verb (Karttunen
    1971; Nairn, Condoravdi & Karttunen 2006: "managed to flee", "was able to leave", "was forced to resign",
    "continued to hold rallies", ``event_implicative_verbs``) passes its own factuality on ("did not manage to
    seize" is negated, "will be able to vote" planned); a negative implicative ("failed to pass", "refused to
    testify", ``event_negative_implicative_verbs``) reverses it ("did not hesitate to condemn" is asserted); any
    other verb's or adjective's complement is not told done ("agreed to pay", "was required to transmit"):
    planned. Left to the other tests: a perfect infinitive, which tells what was ("is said to have died"); a
    progressive, passive or copular infinitive under the participle of a verb of saying or knowing, a report
    ("is said to be watching", "those known to be infected"); a definite object, which names an event of its own
    ("refused to condemn the attack": the attack happened)."""
    # "agreed to pay and resign": a conjunct in the base form with no subject or auxiliary of its own is a second
    # infinitive ("opted not to hold a vote, but the party endorsed him", "did not want to strike and called for
    # talks" go on with clauses of their own)
    first = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i and verb.tag_ == "VB" and not any(
        c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in verb.children) else verb
    if first.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ in words["infinitive_markers"]
                                         for c in first.children):
        return None
    if tok != verb and not (tok.head == verb and tok.dep_ in {"dobj", "nsubjpass"} and not any(
            c.dep_ == "det" and c.lower_ in words["definite_determiners"] for c in tok.children)):
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() in words["perfect_auxiliaries"] for c in verb.children):
        return None
    head = first.head
    reports = lexicons.load().speech_verbs
    if head.tag_ == "VBN" and reports.get(head.lemma_.lower()) in REPORT_CLASSES and (
            verb.lemma_.lower() in words["be_verbs"]
            or any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in words["be_verbs"] for c in verb.children)):
        return None
    low = head.lemma_.lower()
    if low in words["event_implicative_verbs"]:
        return factuality(head.doc[head.i:head.i + 1], words, False)
    if low in words["event_negative_implicative_verbs"]:
        told = factuality(head.doc[head.i:head.i + 1], words, False)
        return {ASSERTED: NEGATED, NEGATED: ASSERTED}.get(told, told)
    return PLANNED


def purpose_clause(verb: Token, words) -> bool:
    """An infinitive of purpose ("flew to Paris to sign the treaty", "deployed troops to crush the
    uprising"): the parse's ``advcl`` with "to". Not one with a subject of its own, nor one set off by
    a comma ("withdrew, only to attack the town again": a result, told as done)."""
    if not (verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in words["infinitive_markers"] for c in verb.children)):
        return False
    first = min(t.i for t in verb.subtree)
    return (first == 0 or verb.doc[first - 1].dep_ != "punct") and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def purposed(verb: Token, words) -> bool:
    """A verb inside a purpose clause ("rallied to demand his release": the release, an argument of
    the verb): intended."""
    for _ in range(3):
        if verb.dep_ not in {"xcomp", "conj", "ccomp", "advcl"} or verb.head == verb:
            return False
        if purpose_clause(verb, words):
            return True
        verb = verb.head
    return False
