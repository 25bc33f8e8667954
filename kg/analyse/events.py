"""Events: trigger words from the lexicon (``event_triggers.tsv``) with their participants.

A trigger is a noun or verb of the lexicon (or a phrase such as "press conference") outside
names, direct quotes, the headline and hypothetical clauses ("subpoenas would be issued").
Participants come from the parse: the subject of a verb trigger or of the verb governing a noun
trigger is the agent, its object and ``to``/``against`` phrases the target, ``of``/``with``
phrases attendees, ``in``/``at`` places the location; a DATE in the sentence is the time.
Mentions of the same kind in one article are one event.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..records import Event
from . import dates
from .entities import EntityIndex
from .resolve import Resolver, subject_of
from .spans import Intervals

# read from the lexicons: words.tsv's hypothetical_auxiliaries, refusal_verbs and attendance_verbs;
# event_labels.tsv; the confidences of rules.tsv (event, event-mention, event-participant, event-max)


class EventFinder:
    def __init__(self, index: EntityIndex, resolver: Resolver, quotes: list[tuple[int, int]],
                 headline_end: int, published: date | None):
        self.index = index
        self.doc: Doc = index.doc
        self.resolver = resolver
        self.quotes = Intervals(quotes)
        self.headline_end = headline_end
        self.published = published
        self.lex = lexicons.load()
        w = self.lex.words
        self.hypothetical, self.refuse, self.attend = \
            w["hypothetical_auxiliaries"], w["refusal_verbs"], w["attendance_verbs"]

    def triggers(self) -> list[tuple[str, Span]]:
        doc = self.doc
        found: list[tuple[str, Span]] = []
        taken: set[int] = set()
        for span in doc.spans.get("kg_event_phrases", []):
            found.append((span.label_, span))
            taken |= set(range(span.start, span.end))
        for t in doc:
            if t.i in taken:
                continue
            pos = "VERB" if t.pos_ == "VERB" else "NOUN" if t.pos_ == "NOUN" else None
            kind = self.lex.event_words.get((t.lemma_.lower(), pos)) if pos else None
            if kind is None and pos == "VERB" and t.lemma_ in self.attend and t.head.lemma_ in self.refuse:
                kind = "boycott"
            if kind:
                found.append((kind, doc[t.i:t.i + 1]))
        return sorted(((k, s) for k, s in found if self.keep(s)), key=lambda ks: ks[1].start)

    def keep(self, span: Span) -> bool:
        if span.start_char < self.headline_end:
            return False
        if any(self.index.at(t.i) is not None for t in span):
            return False  # part of a name: "Council of Europe"
        if self.quotes.covers(span.start_char):
            return False
        if span.root.pos_ == "NOUN" and self.resolver.description(span.root) is not None:
            return False  # "the conference" naming an organisation already known
        verb = span.root if span.root.pos_ in {"VERB", "AUX"} else span.root.head
        for v in (verb, verb.head):
            if any(c.dep_ == "aux" and c.lower_ in self.hypothetical for c in v.children):
                return False
        return True

    def participants(self, ev: Event, span: Span) -> None:
        root = span.root
        ents = self.index.entities
        w = self.lex.words

        def add(tok: Token | None, role: str) -> None:
            e = self.resolver.entity(tok)
            if e is None:
                return
            kind = ents[e].kind
            if role == "place" and kind != "PLACE":
                role = "target"
            {"agent": ev.agents, "target": ev.targets, "attendee": ev.attendees,
             "place": ev.places}[role].add(e)
            for c in (tok.children if tok is not None else []):
                if c.dep_ == "conj":
                    add(c, role)

        def preps(tok: Token, depth: int = 0) -> None:
            for c in tok.children:
                if c.dep_ == "prep":
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is None:
                        continue
                    p = c.lower_
                    if p in w["event_place_prepositions"]:
                        add(obj, "place")
                    elif p in w["event_target_prepositions"]:
                        add(obj, "target")
                    elif p in w["event_attendee_prepositions"]:
                        add(obj, "attendee")
                    elif p == "by":
                        add(obj, "agent")
                    if p in w["event_nested_prepositions"] and depth < 2:
                        preps(obj, depth + 1)
                elif c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            add(g, "agent")
                elif c.dep_ in {"poss", "compound"} and self.index.at(c.i) is not None \
                        and self.index.at(c.i) != self.index.at(tok.i):
                    add(c, "agent")  # "the Energy Department's warning"

        if root.pos_ == "VERB":
            add(subject_of(root), "agent")
            for c in root.children:
                if c.dep_ in {"dobj", "nsubjpass"}:
                    add(c, "target")
                    preps(c)
            preps(root)
            if root.head.lemma_ in self.refuse:
                add(subject_of(root.head), "agent")
        else:
            preps(root)
            gov = root.head
            if root.dep_ == "pobj":
                gov = root.head.head
            if gov.pos_ in {"VERB", "AUX"} and gov is not root:
                if root.dep_ in {"dobj", "pobj", "attr"}:
                    add(subject_of(gov), "agent")
                for c in gov.children:
                    if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
                        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        add(obj, "place")
                    elif c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to" and root.dep_ == "dobj"):
                        obj = c if c.dep_ == "dative" else next((g for g in c.children if g.dep_ == "pobj"), None)
                        add(obj, "target")
        sent = span.sent
        if ev.time_text is None:
            for ent in sent.ents:
                if ent.label_ in {"DATE", "TIME"}:
                    ev.time_text = ent.text
                    ev.date = dates.resolve(ent.text, self.published)
                    break

    @staticmethod
    def object_key(span: Span) -> str | None:
        """What a verb trigger acts on ("announced [Lopez]" vs "announced [his plan]")."""
        root = span.root
        if root.pos_ != "VERB":
            return None
        obj = next((c for c in root.children if c.dep_ in {"dobj", "ccomp"}), None)
        return obj.lemma_.lower() if obj is not None else None

    def distinct(self, a: Span, b: Span) -> bool:
        """Two verb mentions are different events when they act on different things, one of
        them a named entity."""
        ka, kb = self.object_key(a), self.object_key(b)
        if ka is None or kb is None or ka == kb:
            return False
        objs = [next((c for c in s.root.children if c.dep_ in {"dobj", "ccomp"}), None) for s in (a, b)]
        return any(o is not None and self.resolver.entity(o) is not None for o in objs)

    def extract(self) -> list[Event]:
        """Mentions of one kind are one event, unless two verbs act on different things."""
        out: list[Event] = []
        last: dict[str, tuple[Event, Span]] = {}
        for kind, span in self.triggers():
            prev = last.get(kind)
            if prev is not None and not self.distinct(prev[1], span):
                ev = prev[0]
            else:
                ev = Event(kind=kind, spans=[], label=self.lex.event_labels.get(kind, kind).capitalize())
                out.append(ev)
            last[kind] = (ev, span)
            ev.spans.append((span.start_char, span.end_char))
            self.participants(ev, span)
        conf = self.lex.confidence
        for ev in out:
            ev.confidence = round(min(conf["event-max"], conf["event"] + conf["event-mention"] * len(ev.spans)
                                      + conf["event-participant"] * bool(ev.agents | ev.attendees)), 2)
        return out


def extract(index: EntityIndex, resolver: Resolver, quotes: list[tuple[int, int]],
            headline_end: int, published: date | None) -> list[Event]:
    return EventFinder(index, resolver, quotes, headline_end, published).extract()
