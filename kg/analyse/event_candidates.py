"""Named entities of an event's sentence that the parse rules left unattached, described by what the parse
says of them, and scored by a logistic model (``event_participant_weights.tsv``; how it was fitted:
``kg/lexicons/en/EVENTS.md``, "Participants, session 15").

For each event and each named entity mentioned in a sentence one of its mentions is told in, not already
one of its participants, :func:`features` gives a set of feature strings read from the dependency path
between the mention's head word (the trigger) and the entity's head word: its length up and down, the
first label on each side, the prepositions on it, whether it runs through a speech verb or another
event's trigger; the entity's type and its own label; whether the event already has an agent, a target,
a place; whether another event of the sentence carries the entity, and as what. Where an entity is
mentioned more than once, the mention nearest the trigger along the parse is taken.
"""
from __future__ import annotations

from spacy.tokens import Token


def path(r: Token, h: Token) -> tuple[list[Token], list[Token], Token] | None:
    """The tokens from ``r`` up to the lowest common ancestor (both ends included), the tokens from
    below that ancestor down to ``h``, and the ancestor; None when the two are in different trees."""
    ra = [r, *r.ancestors]
    ha = [h, *h.ancestors]
    hi = {t.i for t in ha}
    lca = next((t for t in ra if t.i in hi), None)
    if lca is None:
        return None
    up = ra[:[t.i for t in ra].index(lca.i) + 1]
    down = ha[:[t.i for t in ha].index(lca.i)]
    return up, list(reversed(down)), lca


def features(c: dict) -> set[str]:
    """The feature strings of one candidate described by :func:`describe`."""
    f = {"kind=" + c["kind"], "trig=" + c["trig_pos"], "hdep=" + c["h_dep"], "hheadpos=" + c["h_headpos"],
         f"up={min(c['up'], 3)}", f"down={min(c['down'], 4)}", "lcapos=" + c["lca_pos"]}
    n = c["up"] + c["down"]
    f |= {f"len<={k}" for k in (1, 2, 3, 4) if n <= k}
    f.add("speech" if c["speech"] else "nospeech")
    f.add("thru_trig" if c["thru_trig"] else "nothru")
    f.add("other_ev" if c["other_ev"] else "no_other_ev")
    if c["o"]:
        f.add("orole=" + "+".join(c["o"][1]))
        f.add(f"olen<={min(c['o'][0], 3)}")
    f.add("before" if c["before"] else "after")
    f.add("agent" if c["ev_has_agent"] else "noagent")
    f.add("target" if c["ev_has_target"] else "notarget")
    f.add("place" if c["ev_has_place"] else "noplace")
    f.add(f"evn={min(c['ev_n'], 2)}")
    if c["lca_is_trig"]:
        f.add("lca_trig")
    if c["downdeps"]:
        f.add("d1=" + c["downdeps"][0])
    if c["updeps"]:
        f.add("u1=" + c["updeps"][0])
    f |= {"prep=" + p for p in c["downpreps"]}
    if not c["downpreps"]:
        f.add("noprep")
    if c["head"]:
        f.add("headline")
    if c["quoted"]:
        f.add("quoted")
    if c["dist"] <= 3:
        f.add("dist<=3")
    if c["dist"] <= 6:
        f.add("dist<=6")
    return f


def describe(finder, out: list) -> list[tuple[object, int, dict]]:
    """(event, entity, description) for every unattached named entity of a sentence of an event's mention:
    the one nearest mention of each entity per event."""
    doc = finder.doc
    ents = finder.index.entities
    speech = set(finder.lex.speech_verbs)
    starts = {r.i for ev in out for r in finder.roots.get(id(ev), [])}
    owner: dict[int, set[int]] = {}
    roleof: dict[tuple[int, int], set[str]] = {}
    byid = {id(ev): ev for ev in out}
    for ev in out:
        for nm, st in (("agent", ev.agents), ("target", ev.targets), ("attendee", ev.attendees), ("place", ev.places)):
            for x in st:
                owner.setdefault(x, set()).add(id(ev))
                roleof.setdefault((id(ev), x), set()).add(nm)
    found = []
    for ev in out:
        parts = ev.agents | ev.targets | ev.attendees | ev.places
        best: dict[int, dict] = {}
        for r in finder.roots.get(id(ev), []):
            sent = r.sent
            for a, b, e in finder.index.mentions:
                if not (sent.start <= a < sent.end) or e in parts:
                    continue
                h = doc[a:b].root
                p = path(r, h)
                if p is None:
                    continue
                up, down, lca = p
                inner = up[1:] + down[:-1]
                o = None
                for oid in owner.get(e, set()) - {id(ev)}:
                    for r2 in finder.roots.get(oid, []):
                        if r2.sent.start != sent.start:
                            continue
                        q = path(r, r2)
                        if q is None:
                            continue
                        u2, d2, _l2 = q
                        cand = (len(u2) - 1 + len(d2), sorted(roleof[(oid, e)]))
                        if o is None or cand[0] < o[0]:
                            o = cand
                c = {
                    "kind": ents[e].kind, "trig_pos": r.pos_, "head": sent.start_char < finder.headline_end,
                    "up": len(up) - 1, "down": len(down),
                    "updeps": [t.dep_ for t in up[:-1]], "downdeps": [t.dep_ for t in down],
                    "downpreps": [t.lower_ for t in down if t.dep_ == "prep"]
                    + [t.head.lower_ for t in down[:1] if t.dep_ == "pobj" and t.head.i == lca.i],
                    "lca_pos": lca.pos_, "lca_is_trig": lca.i == r.i,
                    "speech": any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in [*inner, lca] if t.i != r.i),
                    "thru_trig": any(t.i in starts for t in inner + ([lca] if lca.i != r.i else [])),
                    "other_ev": bool(owner.get(e, set()) - {id(ev)}), "o": o,
                    "before": h.i < r.i, "dist": abs(h.i - r.i), "h_dep": h.dep_, "h_headpos": h.head.pos_,
                    "ev_has_agent": bool(ev.agents | ev.attendees), "ev_has_target": bool(ev.targets),
                    "ev_has_place": bool(ev.places), "ev_n": len(parts), "quoted": finder.quotes.covers(h.idx),
                    "mention": (r.idx, r.idx + len(r.text)), "entity_text": doc[a:b].text, "sent": sent.text[:300], "r_text": r.text,
                }
                if e not in best or c["up"] + c["down"] < best[e]["up"] + best[e]["down"]:
                    best[e] = c
        found.extend((ev, e, c) for e, c in best.items())
    return found


def score(weights: dict[str, float], feats: set[str]) -> float:
    """The model's log-odds that the candidate is one of the event's participants."""
    return weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in feats)


def attach(finder, out: list) -> None:
    """Make each candidate whose log-odds reach the table's threshold a participant (a place as the event's
    place, any other entity as ``attendee``: ev:participant, no role claimed)."""
    weights = finder.lex.event_participant_weights
    if not weights:
        return
    threshold = weights.get("threshold", 0.0)
    ents = finder.index.entities
    speech = set(finder.lex.speech_verbs)
    # never what a report is about: a name inside a quotation, behind another event's trigger or a speech
    # verb on the path, or of an event named by a speech verb ("X wrote 'pray for Y'")
    chosen = [(ev, e) for ev, e, c in describe(finder, out)
              if not (c["quoted"] or c["thru_trig"] or c["speech"])
              and not any(r.lemma_.lower() in speech for r in finder.roots.get(id(ev), []) if r.pos_ == "VERB")
              and score(weights, features(c)) >= threshold]
    for ev, e in chosen:
        (ev.places if ents[e].kind == "PLACE" else ev.attendees).add(e)
