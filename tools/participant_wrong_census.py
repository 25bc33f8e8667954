"""The predicted participants of matched events, right and wrong, by where they stand in the parse (issue #16, set 69).

    PYTHONPATH=. python tools/participant_wrong_census.py GRAPH.trig TEXTDIR GOLD... [--scorer score.py] > ROWS.tsv

For every gold event the scorer matches to a node of GRAPH (the scorer's own matching, as
``tools/participant_census.py`` reads it), every participant of that node is ``RIGHT`` (it matches one of the gold
event's participants), ``goldother`` (another gold entity of the article) or ``nogold`` (no gold entity), with its
predicate (the role), and its mention nearest to one of the node's triggers is placed as the census places a miss
(``relation``: ``sent:below-trigger:nsubj>compound`` …; ``othersent`` when no mention shares a trigger's sentence).
One row per participant on standard output (article, role, status, names, types, place, trigger, gold event, sentence);
the counts by role and status and by status and place on standard error. Set 69 ran it on main's graphs of the four WRITE
sets.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.analyse import load_model

from participant_census import Parsed, arguments, gold_articles, load_scorer, relation  # the census's parse and placement (tools/ is the folder)


def main(argv=None) -> int:
    a = arguments().parse_args(argv)
    S = load_scorer(Path(a.scorer))
    g = S.Graph(a.graph)
    roles: dict[str, dict[str, str]] = defaultdict(dict)  # event node -> participant node -> predicate
    for row in g.ds.query(S.PREFIXES + "SELECT ?e ?p ?x WHERE { ?e a schema:Event ; ?p ?x }"):
        if str(row.x) in g.types:
            roles[str(row.e)][str(row.x)] = str(row.p).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    nodes = {str(r.e) for r in g.ds.query(S.PREFIXES + "SELECT ?e WHERE { ?e a schema:Event }")}
    evs = [(doc, sp, e) for e in sorted(nodes) for doc, sp in g.docs_of(e).items()]
    nlp = load_model()
    tally: Counter = Counter()
    for _gf, _gold, doc_id, text, _ents, by_name, find, ge, pe, m in gold_articles(S, a.gold, a.texts, evs):
        parsed = None
        for i, j, _s in m:
            want = {by_name[n]["name"] for n in ge[i]["participants"] if n in by_name}
            for x, p in sorted(roles.get(pe[j][1], {}).items()):
                en = find(g.names[x])
                status = "RIGHT" if en is not None and en["name"] in want else "nogold" if en is None else "goldother"
                if parsed is None:
                    parsed = Parsed(nlp, text)
                trig = [sp.root for s, e_ in pe[j][0] if (sp := parsed.span(s, e_)) is not None]
                best = None
                for s, e_ in g.docs_of(x).get(doc_id, []):
                    sp = parsed.span(s, e_)
                    if sp is None:
                        continue
                    for t in trig:
                        if t.sent == sp.root.sent:
                            c, n = relation(t, sp.root)
                            if best is None or n < best[1]:
                                best = (c, n, t)
                rel = best[0] if best else "othersent"
                t = best[2] if best else (trig[0] if trig else None)
                tally[("role", p, status)] += 1
                tally[("place", status, rel.split(":")[0] + (":" + rel.split(":")[1] if rel.count(":") else ""))] += 1
                print("\t".join([doc_id, p, status, "|".join(sorted(g.names[x])), "/".join(sorted(g.types[x])), rel,
                                 t.text if t is not None else "", ge[i].get("label", ge[i].get("description", ""))[:80],
                                 t.sent.text.replace("\n", " ")[:250] if t is not None else ""]))
    for k, v in sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(v, *k, sep="\t", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
