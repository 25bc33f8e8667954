"""Where the gold participants a build misses stand relative to the event's triggers (issue #16, set 39).

    PYTHONPATH=. python tools/participant_census.py GRAPH.trig TEXTDIR GOLD... [--scorer score.py] [-v]

For every gold event the scorer matches to a node of GRAPH and every gold participant the node lacks, the
mentions of that participant (the spans of the article's entity nodes whose names match it, resolved
pronouns included, and the plain-text occurrences of its gold names) are placed relative to the node's
mention triggers in the pipeline's own parse, and the nearest placement gives one category:

- ``sent:*``  a mention in a sentence of one of the node's mentions; the category is the dependency
  relation from the trigger (below the trigger, under the verb governing a noun trigger, above the trigger
  through clauses, the trigger inside a clause or apposition of the name, ...) and the first arc(s) down;
- ``other-mention``  only in the sentence of a gold trigger the node does not cover;
- ``prev-sentence``  in the sentence just before a mention's (first word of that sentence's subject marked);
- ``container``  a place that holds a place the node already has (named beside it: "X, Y");
- ``modifier-of-participant``  a name inside a participant's own name or a demonym of it ("US Senate");
- ``elsewhere`` named only in other sentences; ``absent`` in neither the graph nor the text.

Prefixes: ``NOENT|`` the article's graph has no entity node for the participant (a recognition miss), ``pronoun|``
the nearest mention is a pronoun, ``pronoun-arg|`` a pronoun argument of a node trigger resolved elsewhere.
``other-mention-of-event`` says whether that gold mention is on another predicted node (``other-node``, ``+has``
when that node names the participant: a split) or on none (``no-node``: a word the trigger finder does not read).
Totals by category, then by the first two fields; ``-v`` prints one line per miss, ``--tsv`` writes them.
The WRITE census of set 39 (EVENTS.md): the four WRITE prefixes, main's graphs, ``--tsv`` rows concatenated.

The scorer's own matching is used (``score.Graph``, ``match``, ``overlap``, ``norm``).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

from kg.analyse import chunks, load_model
from kg.analyse.normalise import normalise
from spacy.tokens import Doc

from event_census import load_scorer  # the scorer loaded as the event census loads it (tools/ is the script's folder)

PRONOUNS = {"he", "she", "they", "it", "we", "his", "her", "their", "its", "him", "them", "who", "which"}
CLAUSES = {"relcl", "acl", "advcl", "xcomp", "ccomp", "pcomp", "csubj", "parataxis", "conj"}


class Parsed:
    """The pipeline's parse of an article, with original offsets mapped to tokens."""

    def __init__(self, nlp, text: str):
        self.norm = normalise(text)
        parts = list(nlp.pipe(chunks(self.norm.text)))
        self.doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        self.starts = self.norm.starts

    def pos(self, i: int) -> int:
        if self.starts is None:
            return i
        return max(0, bisect_right(self.starts, i) - 1)

    def span(self, a: int, b: int):
        a, b = self.pos(a), self.pos(max(a, b - 1)) + 1
        return self.doc.char_span(a, b, alignment_mode="expand")


def relation(t, e) -> tuple[str, int]:
    """The category of entity token ``e`` relative to trigger token ``t`` of one sentence, and the path length."""
    up_t = [t, *t.ancestors]
    up_e = [e, *e.ancestors]
    common = next((x for x in up_t if x in up_e), None)
    if common is None:
        return "sent:unconnected", 99
    up = up_t[:up_t.index(common)]  # from t up to below common
    down = list(reversed(up_e[:up_e.index(common)]))  # from below common down to e
    n = len(up) + len(down)

    def first(d):
        if not d:
            return "self"
        lab = d[0].dep_
        if lab == "prep":
            lab = f"prep({d[0].lower_})"
            rest = d[2:] if len(d) > 1 and d[1].dep_ in {"pobj", "pcomp"} else d[1:]
        elif lab == "agent":
            lab = "by"
            rest = d[2:] if len(d) > 1 else []
        else:
            rest = d[1:]
        if rest:
            inner = "/".join(x.dep_ if x.dep_ != "prep" else f"prep({x.lower_})" for x in rest[:2])
            return f"{lab}>{inner}"
        return lab

    if common == t:
        kind = "below-trigger"
        if down and down[0].dep_ in CLAUSES:
            kind = "clause-below-trigger"
        return f"sent:{kind}:{first(down)}", n
    if common == e:
        labs = [x.dep_ for x in up]
        if "relcl" in labs or "acl" in labs:
            return "sent:trigger-in-relcl/acl-of-name", n
        if "appos" in labs:
            return "sent:trigger-in-apposition-of-name", n
        return "sent:name-above-trigger:" + ">".join(labs[-2:]), n
    labs = [x.dep_ for x in up]
    # a noun trigger under the verb that governs it ("X launched an attack", "X took part in the strike")
    if t.pos_ in {"NOUN", "PROPN"} and common.pos_ in {"VERB", "AUX"} and (
            labs in (["dobj"], ["nsubj"], ["nsubjpass"], ["attr"], ["pobj", "prep"], ["dobj", "conj"])):
        return f"sent:gov-verb-of-noun:{first(down)}", n
    if t.pos_ in {"NOUN", "PROPN"} and common.pos_ in {"NOUN", "PROPN"} and len(up) <= 2:
        return f"sent:noun-above-noun-trigger({'>'.join(labs)}):{first(down)}", n
    if "relcl" in labs:
        return f"sent:trigger-in-relcl:{first(down)}", n
    if labs and labs[-1] == "conj" and all(x in {"conj"} for x in labs) and common.pos_ in {"VERB", "AUX"}:
        return f"sent:coord-verb-shares:{first(down)}", n
    if "appos" in labs:
        return f"sent:trigger-in-apposition:{first(down)}", n
    clause = [x for x in labs if x in CLAUSES]
    if clause:
        return f"sent:up-through-{clause[-1]}:{first(down)}", n
    return f"sent:up({'>'.join(labs[-3:])}):{first(down)}", n


def gold_entities(S, gold: dict):
    """The gold article's people, organisations and places (name, names, kind, types, the scorer's name keys), by
    name, and a finder of the one a list of names matches (the scorer's normalisation)."""
    ents = []
    for kind, key in (("Person", "people"), ("Organization", "organizations"), ("Place", "places")):
        for e in gold.get(key, []):
            names = [e["name"], *e.get("aliases", [])]
            ents.append({"name": e["name"], "names": names, "kind": kind, "types": {kind, *e.get("also", [])},
                         "keys": {S.norm(n, kind == "Person") for n in names}})

    def find(names):
        for e in ents:
            if any(S.norm(n, "Person" in e["types"]) in e["keys"] for n in names):
                return e
        return None

    return ents, {e["name"]: e for e in ents}, find


def matched_events(S, gold: dict, text: str, events):
    """The gold events with their trigger spans, the article's predicted ``(spans, x)`` of ``events`` (``(document,
    spans, x)`` rows) and the pairs the scorer matches by evidence overlapping a trigger (score >= 1)."""
    ge = [{**e, "spans": [S.locate(text, s) for s in e["triggers"]]} for e in gold.get("events", [])]
    pe = [(sp, x) for d, sp, x in events if d == gold["document"]]
    m = S.match(ge, pe, lambda g_, p_: max(S.overlap([gs], [ps]) + (1 if ps[0] < gs[1] and gs[0] < ps[1] else 0)
                                           for gs in g_["spans"] for ps in p_[0]) if p_[0] else 0)
    return ge, pe, [(i, j, sc) for i, j, sc in m if sc >= 1]


def gold_articles(S, golds, texts: str, events):
    """Each gold article with what both censuses read of it: ``(gold file, gold, document id, text, entities, by name,
    finder, gold events, predicted events, matched pairs)`` (:func:`gold_entities`, :func:`matched_events`)."""
    for gf in golds:
        gold = json.loads(Path(gf).read_text())
        text = (Path(texts) / gold["source"]).read_text()
        yield (gf, gold, gold["document"], text, *gold_entities(S, gold), *matched_events(S, gold, text, events))


def arguments() -> argparse.ArgumentParser:
    """The arguments of the censuses: a graph, the texts folder, the gold files and the scorer."""
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("texts")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--scorer", default="/work/shared/eval/score.py")
    return ap


def main(argv=None) -> int:
    ap = arguments()
    ap.add_argument("-v", action="store_true", help="print every miss with its sentence")
    ap.add_argument("--tsv", help="write one row per miss here")
    a = ap.parse_args(argv)
    S = load_scorer(Path(a.scorer))
    g = S.Graph(a.graph)
    allev = list(g.events())
    nlp = load_model()
    tally: Counter = Counter()
    rows = []
    for gf, gold, doc_id, text, ents, by_name, find, ge, pe, m in gold_articles(S, a.gold, a.texts, allev):
        # the article's entity nodes and their mention spans
        nodes = {x: (types, names, g.docs_of(x).get(doc_id, [])) for x, types, names in g.entities(doc_id)}
        parsed = None
        for i, j, _ in m:
            want = {by_name[n]["name"] for n in ge[i]["participants"] if n in by_name}
            got = {e["name"] for names in pe[j][1] if (e := find(names)) is not None}
            for w in sorted(want - got):
                if parsed is None:
                    parsed = Parsed(nlp, text)
                E = by_name[w]
                mentions: set[tuple[int, int]] = set()
                in_graph = False
                for x, (types, names, sps) in nodes.items():
                    if find(names) is E:
                        in_graph = True
                        mentions |= set(sps)
                for n in E["names"]:
                    if len(n) < 2:
                        continue
                    for mm in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text):
                        mentions.add((mm.start(), mm.end()))
                trig_toks = []
                for s, e_ in pe[j][0]:
                    sp = parsed.span(s, e_)
                    if sp is not None:
                        trig_toks.append(sp.root)
                gold_other = []
                for s, e_ in ge[i]["spans"]:
                    if any(ps[0] < e_ and s < ps[1] for ps in pe[j][0]):
                        continue
                    sp = parsed.span(s, e_)
                    if sp is not None:
                        gold_other.append(sp.root)
                best = None
                ment_toks = []
                for s, e_ in sorted(mentions):
                    sp = parsed.span(s, e_)
                    if sp is None:
                        continue
                    ment_toks.append(sp.root)
                    for t in trig_toks:
                        if t.sent == sp.root.sent:
                            cat, n = relation(t, sp.root)
                            if sp.root.lower_ in PRONOUNS:
                                cat = "pronoun|" + cat
                            if best is None or n < best[1]:
                                best = (cat, n, t, sp.root)
                if best is None:
                    cat = None
                    hits = [t for t in gold_other if any(mt.sent == t.sent for mt in ment_toks)]
                    if hits:
                        # is the uncovered gold mention on another node (a split), and does that node name w?
                        where = "no-node"
                        for k, (sp2, parts2) in enumerate(pe):
                            if k == j:
                                continue
                            if any(a2 <= t.idx < b2 or t.idx <= a2 < t.idx + len(t.text) for t in hits
                                   for a2, b2 in sp2):
                                where = "other-node" + ("+has" if any(find(ns) is E for ns in parts2) else "")
                                break
                        cat = "other-mention-of-event:" + where
                    if cat is None and E["kind"] == "Place":
                        # a place holding a place the node has, named beside it ("Kenosha, Wisconsin")
                        for names in pe[j][1]:
                            for n in names:
                                if re.search(re.escape(n) + r"\s*,\s*(" + "|".join(re.escape(k) for k in E["names"]) + r")\b",
                                             text):
                                    cat = "container-of-place"
                    if cat is None:
                        for names in pe[j][1]:
                            if any(re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", n) for n in names for k in E["names"]
                                   if len(k) > 1):
                                cat = "modifier-of-participant"
                    if cat is None:
                        prev = False
                        for t in trig_toks:
                            s0 = t.sent.start
                            if s0 == 0:
                                continue
                            ps = parsed.doc[s0 - 1].sent
                            for mt in ment_toks:
                                if mt.sent == ps:
                                    prev = True
                                    subj = mt.dep_ in {"nsubj", "nsubjpass"} or any(
                                        a_.dep_ in {"nsubj", "nsubjpass"} for a_ in mt.ancestors
                                        if a_.head.dep_ == "ROOT" or a_.dep_ in {"nsubj", "nsubjpass"})
                                    cat = "prev-sentence" + (":subject" if subj else "")
                        if not prev:
                            cat = "elsewhere" if ment_toks else ("absent-from-text" if not in_graph else "graph-only")
                    best = (cat, 99, trig_toks[0] if trig_toks else None, None)
                cat, n, t, etok = best
                # a pronoun argument of a node trigger (its own or its governing verb's subject, object or
                # possessor) that the build resolved elsewhere: the resolver, not the link
                if E["kind"] != "Place" and not cat.startswith("sent:"):
                    for t2 in trig_toks:
                        heads = [t2] + ([t2.head] if t2.pos_ in {"NOUN", "PROPN"} else [])
                        if any(c.lower_ in PRONOUNS and c.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"}
                               for h in heads for c in h.children):
                            cat = "pronoun-arg|" + cat
                            break
                if not in_graph:
                    cat = "NOENT|" + cat
                tally[cat] += 1
                row = (Path(gf).stem, w, E["kind"], ge[i]["label"], cat,
                       t.text if t is not None else "", etok.text if etok is not None else "",
                       (t.sent.text.strip().replace("\n", " ")[:220] if t is not None else ""))
                rows.append(row)
                if a.v:
                    print("\t".join(row))
    print(f"# {len(rows)} missed participants on matched events")
    for k, v in tally.most_common():
        print(f"{v:4d}  {k}")
    coarse = Counter()
    for k, v in tally.items():
        k2 = k.split("|")[-1]
        coarse[":".join(k2.split(":")[:2])] += v
    print("# coarse")
    for k, v in coarse.most_common():
        print(f"{v:4d}  {k}")
    if a.tsv:
        with open(a.tsv, "w") as f:
            for r in rows:
                f.write("\t".join(r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
