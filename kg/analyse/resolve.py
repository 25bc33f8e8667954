"""Who a noun phrase refers to: names, pronouns, role nouns ("the spokeswoman") and
definite descriptions ("the department") resolved to the article's entities."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Mapping

from spacy.tokens import Token

from .. import lexicons
from .entities import EntityIndex, IndexView
from .names import first_name_gender, key
from .spans import children, sentence_starts, sentences

# the word sets of words.tsv this module reads: male_pronouns, female_pronouns,
# plural_or_org_pronouns, relative_pronouns, group_quantifiers, passive_speech_verbs,
# voice_prepositions, group_prepositions
MENTIONS_BACK = 1000  # mentions searched back for a pronoun's antecedent (the rules stay linear)


def subject_of(v: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through relative clauses, conjuncts and clausal heads
    (found once per verb and depth: a run of conjuncts all inherit the subject of one head)."""
    if depth > 6:
        return None
    memo = v.doc.user_data.setdefault("kg_subject_of", {})
    k = v.i * 8 + depth
    if k not in memo:
        s = _subject_of(v, depth)
        memo[k] = None if s is None else s.i
    j = memo[k]
    return None if j is None else v.doc[j]


def _subject_of(v: Token, depth: int) -> Token | None:
    words = lexicons.load().words
    relative, passive_cues = words["relative_pronouns"], words["passive_speech_verbs"]
    subjects = [c for c in children(v) if c.dep_ in {"nsubj", "csubj"}]
    if subjects:
        # two subjects are a misparse ("…in Berea, OH, after winning, Gov. X said"): the
        # one nearest before the verb
        c = max((c for c in subjects if c.i < v.i), key=lambda c: c.i, default=subjects[0])
        return v.head if c.lower_ in relative and v.dep_ == "relcl" else c
    for c in children(v):  # passive: "was quoted (by X)"
        if c.dep_ == "agent":
            for g in children(c):
                if g.dep_ == "pobj":
                    return g
    for c in children(v):
        if c.dep_ == "nsubjpass" and (v.lemma_ in passive_cues or depth > 0):
            return c  # "was quoted", and "X was pressed and said": a conjunct's subject
    for c in children(v):
        # "X summed up A, denounced B and said": the parser makes the first verb a clause
        # of the second; its subject is the subject of them all
        if c.dep_ == "advcl" and c.i < v.i and not any(g.dep_ == "mark" for g in children(c)):
            g = next((g for g in children(c) if g.dep_ == "nsubj" and g.i < c.i), None)
            if g is not None and g.lower_ not in relative:
                return g
    if v.dep_ == "relcl":
        return v.head
    if v.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and v.head != v:
        return subject_of(v.head, depth + 1)
    if v.dep_ == "acl" and v.head != v:
        return v.head
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(v.head.head, depth + 1)  # "X responded by saying …"
    return None


class Resolver:
    """Coreference over one article's entities. ``title_genders`` (person → "m"/"f", from gendered
    titles such as "spokeswoman", :func:`kg.analyse.roles.title_genders`) are known before any
    pronoun is resolved, beside first names and honorifics.

    The resolver sees the index read-only (:class:`~.entities.IndexView`, live: the mentions the
    merge step adds are seen) and keeps what it learns of genders in its own table,
    :attr:`genders` (entity → "m"/"f"): the analysis hands that table to whoever needs it (the
    title rules that retype, the entities of the record); no entity of the index is changed."""

    def __init__(self, index: EntityIndex, title_genders: Mapping[int, str] | None = None):
        self.index = IndexView(index)
        self.doc = index.doc
        self.lex = lexicons.load()
        w = self.lex.words
        self.male, self.female = w["male_pronouns"], w["female_pronouns"]
        self.personal = self.male | self.female
        self.plural_or_org, self.relative = w["plural_or_org_pronouns"], w["relative_pronouns"]
        self.definite = w["definite_articles"]
        self.title_holders: list[tuple[int, str, int]] = []  # (token, title word, person)
        # what the records say already (an entity made with a gender), then what is learnt here
        self.genders: dict[int, str] = {e: ent.gender for e, ent in enumerate(index.entities) if ent.gender != "-"}
        self.honorific_genders()
        for person, g in (title_genders or {}).items():
            if g != "-" and self.genders.get(person, "-") == "-":
                self.genders[person] = g
        self.cache: dict[int, int | None] = {}
        self.sent_start = sentence_starts(self.doc)
        self.sent_firsts = [a for a, _b in sentences(self.doc)]
        self.org_hits: dict[str, list[int]] = {}
        self._surnames: tuple[tuple[int, int] | None, dict[str, dict[int, int]]] = (None, {})
        # resolve every personal pronoun in text order: each resolution teaches a gender
        for t in self.doc:
            if t.lower_ in self.personal and t.pos_ == "PRON":
                self.cache[t.i] = self._pronoun(t)

    def honorific_genders(self) -> None:
        """Genders known before any pronoun: first names (gender-guesser's list), then
        honorifics ("Mrs", "Mr") written before a name."""
        for e, ent in enumerate(self.index.entities):
            words = ent.name.split()
            if ent.kind == "PERSON" and len(words) > 1 and self.genders.get(e, "-") == "-":
                g = first_name_gender(words[0])
                if g in ("m", "f"):
                    self.genders[e] = g
        for s, _e, ent in self.index.mentions:
            if s > 0 and self.index.entities[ent].kind == "PERSON":
                g = self.lex.honorifics.get(self.doc[s - 1].lower_.rstrip("."))
                if g and g != "-":
                    self.genders[ent] = g

    def note_title(self, token_i: int, title: str, person: int) -> None:
        self.title_holders.append((token_i, title.lower(), person))
        g = self.lex.titles.get(title.lower(), ("", "-"))[1]
        if g != "-" and self.genders.get(person, "-") == "-":
            self.genders[person] = g

    def entity(self, tok: Token | None) -> int | None:
        """The entity a token (the head of a noun phrase) refers to, or None."""
        if tok is None:
            return None
        e = self.index.at(tok.i)
        if e is not None:
            return e
        # a name in apposition before a modifier: "the agency's director, Jane Roe" is Jane Roe
        for deps in ({"appos"}, {"compound", "flat"}):
            for c in tok.children:
                if c.dep_ in deps:
                    e = self.index.at(c.i)
                    if e is not None and (deps != {"appos"} or self.index.entities[e].kind == "PERSON"):
                        return e
        e = self.surname(tok)
        if e is not None:
            return e
        low = tok.lower_
        if tok.pos_ == "PRON" or low in self.personal or low in self.plural_or_org:
            return self.pronoun(tok)
        if low in self.relative and tok.head.dep_ == "relcl":
            return self.entity(tok.head.head)
        if tok.pos_ in {"NOUN", "PROPN"}:
            return self.description(tok)
        return None

    def surname(self, tok: Token) -> int | None:
        """A proper noun the NER left out that is a known person's surname ("Roe claimed …"
        after "Jane Roe"): the one person, named before, whose name ends with that word."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 3 or tok.ent_type_ in {"GPE", "LOC", "NORP"}:
            return None
        if any(c.dep_ in {"compound", "flat"} for c in tok.children):
            return None  # part of a longer name the NER did not take
        k = key(tok.text)
        hits = {e for e, first in self.by_surname().get(k, {}).items()
                if first < tok.i and self.index.entities[e].kind == "PERSON"}
        return hits.pop() if len(hits) == 1 else None

    def by_surname(self) -> dict[str, dict[int, int]]:
        """The entities named with more than one word, by the key of their last word, each with the
        first token it is mentioned at (made again only when the index has new mentions: a look-up
        per proper noun, not a scan of every mention)."""
        version = (len(self.index.mentions), len(self.index.entities))
        if self._surnames[0] != version:
            table: dict[str, dict[int, int]] = {}
            for s, _e, e in self.index.mentions:
                name = self.index.entities[e].name
                words = key(name).split()
                if len(name.split()) > 1 and words:
                    firsts = table.setdefault(words[-1], {})
                    firsts[e] = min(s, firsts.get(e, s))
            self._surnames = (version, table)
        return self._surnames[1]

    def speaker(self, tok: Token | None) -> int | None:
        """Who a speech verb's subject names: the entity it refers to, else the name in an
        apposition within it ("the ambassador at the time, John Doe"), else the person or
        body that a spokesman, an aide, a campaign, a statement speaks for ("X's campaign",
        "a spokeswoman for X")."""
        e = self.entity(tok)
        if e is not None or tok is None:
            return e
        for c in tok.subtree:
            if c.dep_ == "appos" and c.head.i in range(tok.left_edge.i, tok.right_edge.i + 1):
                e = self.index.at(c.i)
                if e is not None and self.index.entities[e].kind in {"PERSON", "ORG"}:
                    return e  # not a place: "officials … in Springfield, Ill., said"
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.voice_nouns:
            for c in tok.children:
                if c.dep_ == "poss":
                    e = self.entity(c)
                elif c.dep_ == "prep" and c.lower_ in self.lex.words["voice_prepositions"]:
                    e = self.entity(next((g for g in c.children if g.dep_ == "pobj"), None))
                elif c.dep_ == "compound":
                    e = self.index.at(c.i)
                if e is not None and self.index.entities[e].kind in {"PERSON", "ORG"}:
                    return e
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.group_nouns:
            e = self.body_of(tok)
            if e is not None:
                return e
        if tok.lower_ in self.lex.words["group_quantifiers"]:  # "most of the party's leaders said"
            genitive = self.lex.words["genitive_prepositions"]
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in genitive), None)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and obj.tag_ in {"NNS", "NNPS"}:
                return self.speaker(obj)
        return self.referred(tok)

    def referred(self, tok: Token) -> int | None:
        """ "The Republican front-runner said", "the senator told …" with no holder of that
        title named: the person who is the subject of this sentence (before it) or of the one
        before: an article refers back so only to the person it has just named."""
        low = tok.lemma_.lower()
        if tok.i >= 2 and self.doc[tok.i - 1].text == "-":  # "front-runner" in three tokens
            low = f"{self.doc[tok.i - 2].lower_}-{low}"
        if tok.tag_ != "NN" or not any(c.lower_ in self.definite and c.dep_ == "det" for c in tok.children):
            return None
        if low not in self.lex.person_nouns and low not in self.lex.titles and tok.lower_ not in self.lex.titles:
            return None
        sents = sentences(self.doc)
        k = bisect_right(self.sent_firsts, tok.i)
        for a, b in reversed(sents[max(0, k - 2):k]):
            for t in (self.doc[j] for j in range(min(b, tok.i) - 1, max(a, tok.i - 2 * MENTIONS_BACK) - 1, -1)):
                if t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}:
                    e = self.index.at(t.i)
                    if e is not None and self.index.entities[e].kind == "PERSON":
                        return e
        return None

    def body_of(self, tok: Token) -> int | None:
        """The organisation that members ("officials", "leaders") belong to: a modifier that
        names it ("Pentagon officials", "Republican leaders", "the party's leaders", "leaders
        of the union")."""
        for c in tok.children:
            e = None
            if c.dep_ in {"amod", "compound", "nmod"}:
                e = self.index.at(c.i)
                if e is None and c.dep_ == "compound":
                    e = self.body_of(c) if c.lemma_.lower() in self.lex.words["body_nouns"] else None
            elif c.dep_ == "poss":
                e = self.entity(c)
            elif c.dep_ == "prep" and c.lower_ in self.lex.words["group_prepositions"]:
                e = self.entity(next((g for g in c.children if g.dep_ == "pobj"), None))
            if e is not None and self.index.entities[e].kind == "ORG":
                return e
        return None

    def pronoun(self, tok: Token) -> int | None:
        if tok.i in self.cache:
            return self.cache[tok.i]
        return self._pronoun(tok)

    def _pronoun(self, tok: Token) -> int | None:
        low = tok.lower_
        if low in self.personal:
            want = "m" if low in self.male else "f"
            mentions = self.index.mentions
            k = bisect_left(mentions, (tok.i,))  # the mentions before the pronoun, nearest first
            entities, genders = self.index.entities, self.genders

            def cands():  # read lazily: the nearest candidates nearly always decide
                for j in range(k - 1, max(k - MENTIONS_BACK, 0) - 1, -1):
                    s, e, ent = mentions[j]
                    if entities[ent].kind == "PERSON" and genders.get(ent, "-") in {want, "-"}:
                        yield s, e, ent

            sent_start = self.sent_start[tok.i]
            # the subject of this sentence first, then the nearest name that is not a modifier
            pick = first = None
            inside = False  # a candidate in the pronoun's own sentence
            for s, e, ent in cands():
                first = ent if first is None else first
                if s < sent_start:
                    break
                inside = True
                if self.doc[e - 1].dep_ in {"nsubj", "nsubjpass"}:
                    pick = ent
                    break
            if pick is None and not inside and tok.dep_ in {"nsubj", "nsubjpass"}:
                pick = self.main_subject_before(sent_start, lambda ent: entities[ent].kind == "PERSON"
                                                and genders.get(ent, "-") in {want, "-"})
            if pick is None:
                pick = next((ent for s, e, ent in cands() if self.doc[e - 1].dep_ != "compound"), None)
            if pick is None:
                pick = first
            if pick is not None and self.genders.get(pick, "-") == "-":
                self.genders[pick] = want
            return pick
        if low in self.plural_or_org:
            mentions = self.index.mentions
            sent_start = self.sent_start[tok.i]
            k = bisect_left(mentions, (tok.i,))
            for j in range(k - 1, max(k - MENTIONS_BACK, 0) - 1, -1):
                s, _e, ent = mentions[j]
                # only an organisation named within the last 120 tokens or so
                if sent_start - s > 120:
                    return None
                if self.index.entities[ent].kind == "ORG":
                    return ent
        return None

    def main_subject_before(self, sent_start: int, fits: Callable[[int], bool]) -> int | None:
        """The person the sentence before ``sent_start`` is about: the subject of its main verb,
        when ``fits`` takes it (a person of the pronoun's gender). "X was jailed after he tried to
        sell Y's seat. He was sentenced …": X, not the nearer Y; a subject pronoun goes on with the
        subject before it. One look at that sentence, not at every earlier mention (the rules stay
        linear in the article's length)."""
        if sent_start == 0:
            return None
        root = self.doc[sent_start - 1].sent.root
        subj = next((c for c in children(root) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            return None
        ent = self.entity(subj) if subj.lower_ in self.personal else self.index.at(subj.i)
        return ent if ent is not None and fits(ent) else None

    def description(self, tok: Token, bare: bool = False) -> int | None:
        """ "the spokeswoman" → the person last given that title; "the department" → the
        organisation whose name has that word (with ``bare``, also without an article: a sentence's
        "Committee chairman X")."""
        low = tok.lemma_.lower()
        if tok.lower_ in self.lex.titles or low in self.lex.titles:
            for i, title, person in reversed(self.title_holders):
                if i < tok.i and (title == tok.lower_ or title.endswith(" " + low) or title == low):
                    return person
            return None
        has_det = bare or any(c.lower_ in self.definite for c in tok.children)
        if not has_det:
            return None
        n = len(self.index.entities)
        hits = self.org_hits.get(low)
        if hits is None or hits[0] != n:  # computed again when an entity was added
            hits = [n] + [e for e, ent in enumerate(self.index.entities)
                          if ent.kind == "ORG" and low in key(ent.name).split()]
            self.org_hits[low] = hits
        return hits[1] if len(hits) == 2 else None
