"""What the trigger finder refuses, and which conjunctions of general features would be worth keeping:
every verb and noun a gate of ``TriggerFinder`` (or the event finder after it) turned down, with its
general features and whether it overlaps a required gold trigger that no extracted event matches.

For each gold set's articles every verb and common noun that no extracted event covers is one
*refused candidate*, with the gate that refused it:

- ``early:<test>``: an early test of ``TriggerFinder.find`` (``acl`` participle, ``amod`` participle,
  ``purpose``, ``request``, ``medium``) — a word of a name, a date, a stop word or a compound modifier
  is not a candidate at all;
- ``occurrence``: no typed sense, and the generic fallback (``occurrence``/``held``) refused it;
- ``speechccomp``: a verb of saying with a clause, no reported act;
- ``choose``: typed senses, none chosen (and the typed fallback refused);
- ``post``: a sense chosen, then refused by a later test or a veto (``skip``: a name, a quotation);
- ``dropped``: proposed as a trigger, then dropped or joined away by the event finder.

Its features are general, no words: part of speech, dependency label, tag, factuality, mood, the kinds
of its subject and object, the rank, source and lexicographer file of its best typed sense and its
lemma's first verb sense, the share of SemCor uses in the occurrence files, in the headline, the
sentence holds a date / a place name, inside a quotation. Its label: ``true`` (overlaps a required gold
trigger no event matches), ``dup`` (only a gold trigger already matched), ``opt`` (only an optional
one: neutral, left out of precision), ``false``.

    python tools/refused_census.py TEXTROOT PREFIX... --gold-dir eval/gold/wikinews [--rows OUT.tsv]

TEXTROOT/PREFIX/ holds each set's texts. The conjunction table prints every conjunction of 1–3
feature values with at least ``--min-true`` true candidates, by precision true/(true+dup+false).
EVENTS.md set 55 was made with it.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

from kg.analyse import Analyser
from kg.analyse import event_triggers
from kg.analyse.event_factuality import factuality, mood
from kg.read import read_text_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_census import FinderPatch, load_scorer, overlaps  # noqa: E402  (the same patching, scorer, overlap)

TRACED = ("lookup", "choose", "occurrence", "held", "reported_act")
FEATURES = ("gate", "pos", "dep", "tag", "fact", "mood", "subj", "obj", "rank", "src", "sfile", "first",
            "share", "nsenses", "head", "date", "place", "quote", "speech")


def _bucket_rank(r):
    return "none" if r is None else "1" if r == 1 else "2" if r == 2 else "3-4" if r <= 4 else "5+"


class Recorder(FinderPatch):
    """Wraps the trigger finder's steps for one article; ``rows`` are the candidates as plain values."""

    traced = TRACED

    def __init__(self) -> None:
        self.calls: dict[int, dict[str, object]] = {}
        self.rows: list[dict] = []

    def step(self, name, tok, result) -> None:
        self.calls.setdefault(tok.i, {})[name] = result

    def found(self, finder, skip, out) -> None:
        self.rows = self.features(finder, skip, out)

    def reset(self) -> None:
        self.calls, self.rows = {}, []

    def early(self, finder, tok) -> str | None:
        """The early test of ``find`` that passes ``tok`` over (None: not a candidate at all)."""
        if tok.dep_ == "compound" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i:
            return None
        if tok.is_stop and tok.pos_ != "VERB" or tok.ent_type_:
            return None
        if event_triggers.is_medium(tok, finder.lex.speech_verbs):
            return "early:medium"
        if tok.pos_ == "VERB" and tok.dep_ in {"amod", "acomp"}:
            return "early:amod"
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBG"}:
            return "early:acl"
        if finder.purpose(tok):
            return "early:purpose"
        if tok.pos_ == "VERB" and mood(tok) == event_triggers.REQUEST:
            return "early:request"
        return "early:other"

    def features(self, finder, skip, out) -> list[dict]:
        doc, lex = finder.doc, finder.lex
        owner = getattr(skip, "__self__", None)
        headline_end = getattr(owner, "headline_end", 0)
        quotes = getattr(owner, "quotes", None)
        proposed = {i for t in out for i in range(t.span.start, t.span.end)}
        rows = []
        for tok in doc:
            if tok.pos_ not in {"VERB", "NOUN"}:
                continue
            calls = self.calls.get(tok.i, {})
            if tok.i in proposed:
                gate = "proposed"
            elif "lookup" not in calls:
                gate = self.early(finder, tok)
                if gate is None:
                    continue
            else:
                _pos, senses, _ph = calls["lookup"]
                if not senses:
                    gate = "occurrence"
                elif "reported_act" in calls:
                    gate = "speechccomp"
                elif calls.get("choose") is None:
                    gate = "choose"
                else:
                    gate = "post"
            _pos, senses, _ph = calls.get("lookup", ("", (), False))
            best = min(senses, key=lambda s: s.rank or 99) if senses else None
            lemma = finder.verb_lemma(tok) if tok.pos_ == "VERB" else tok.lemma_.lower()
            vs = lex.event_verb_senses.get(lemma) if tok.pos_ == "VERB" else None
            uses = lex.event_verb_uses.get(lemma) if tok.pos_ == "VERB" else None
            share = "none" if not uses or not uses[0] else "hi" if uses[1] >= 0.5 * uses[0] else "lo"
            nsenses = (vs[0] if vs else best.senses if best else None)
            args = {c.dep_: c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}}
            subj = args.get("nsubj") or args.get("nsubjpass")
            if subj is None and tok.dep_ == "conj":
                subj = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            obj = args.get("dobj") or (args.get("nsubjpass") if "nsubj" in args else None)
            sent = tok.sent
            rows.append({
                "start": tok.idx, "end": tok.idx + len(tok), "text": tok.text, "lemma": lemma,
                "speech": lex.speech_verbs.get(tok.lemma_.lower()) or "-",
                "gate": gate, "pos": tok.pos_, "dep": tok.dep_, "tag": tok.tag_,
                "fact": factuality(doc[tok.i:tok.i + 1], lex.words), "mood": mood(tok),
                "subj": finder.kind_of(subj) if subj is not None else "-",
                "obj": finder.kind_of(obj) if obj is not None else "-",
                "rank": _bucket_rank(best.rank) if best else "untyped",
                "src": best.source if best else "-", "sfile": best.file if best else "-",
                "first": (vs[1] if vs else best.first if best else "-") or "-",
                "share": share,
                "nsenses": "-" if nsenses is None else "1-3" if nsenses <= 3 else "4-10" if nsenses <= 10 else "11+",
                "head": tok.idx < headline_end,
                "date": any(e.label_ in {"DATE", "TIME"} for e in sent.ents),
                "place": any(e.label_ in {"GPE", "LOC", "FAC"} for e in sent.ents),
                "quote": bool(quotes is not None and quotes.covers(tok.idx)),
            })
        return rows


def article(gold_path: Path, text_root: Path, analyser: Analyser, rec: Recorder, scorer) -> list[dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = text_root / gold["source"]
    rec.reset()
    (document, record), = list(analyser.analyse([read_text_file(path, path.read_bytes())]))
    if isinstance(record, Exception):
        return []
    text = document.text
    gold_events = []
    for e in gold.get("events", []):
        try:
            gold_events.append({**e, "spans": [scorer.locate(text, s) for s in e["triggers"]]})
        except SystemExit:
            pass
    predicted = [(ev.spans, ev) for ev in record.events]
    matched = {i for i, _j, s in scorer.match(
        gold_events, predicted,
        lambda g, p: max(scorer.overlap([gs], [ps]) + (1 if overlaps(ps, gs) else 0)
                         for gs in g["spans"] for ps in p[0]) if p[0] else 0) if s >= 1}
    covered = [ps for sp, _ev in predicted for ps in sp]
    out = []
    for row in rec.rows:
        span = (row["start"], row["end"])
        if any(overlaps(span, ps) for ps in covered):
            continue  # an extracted event covers it: not refused
        if row["gate"] == "proposed":
            row["gate"] = "dropped"
        hit = [i for i, g in enumerate(gold_events) if any(overlaps(span, gs) for gs in g["spans"])]
        need = [i for i in hit if i not in matched and not gold_events[i].get("optional")]
        if need:
            label = "true"
            row["gold"] = f"{gold_path.name}#{need[0]}"
        elif any(i in matched for i in hit):
            label = "dup"
        elif hit:
            label = "opt"
        else:
            label = "false"
        row["label"] = label
        row["article"] = gold_path.name
        out.append(row)
    return out


def conjunctions(rows: list[dict], min_true: int, top: int, size: int = 3) -> list[tuple]:
    counted = [r for r in rows if r["label"] != "opt"]
    tally: dict[tuple, list] = {}
    for r in counted:
        values = [(f, str(r[f])) for f in FEATURES]
        for n in range(1, size + 1):
            for combo in itertools.combinations(values, n):
                tally.setdefault(combo, []).append(r.get("gold"))
    table = []
    for combo, golds in tally.items():
        # true: the distinct gold events it reaches (two words of one trigger are one event, the other a duplicate)
        tp, n = len({g for g in golds if g}), len(golds)
        if tp >= min_true:
            table.append((tp / n, tp, n, combo))
    table.sort(key=lambda x: (-x[0], -x[1]))
    # a conjunction no more precise than one of its own parts adds nothing
    best: dict[tuple, float] = {combo: p for p, _tp, _n, combo in table}
    kept = [row for row in table if not any(
        best.get(sub, -1) >= row[0] for k in range(1, len(row[3])) for sub in itertools.combinations(row[3], k))]
    return kept[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text_root", type=Path)
    ap.add_argument("prefixes", nargs="+")
    ap.add_argument("--gold-dir", type=Path, required=True)
    ap.add_argument("--scorer", type=Path,
                    default=Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py")
    ap.add_argument("--rows", type=Path, help="write every refused candidate here (JSON lines)")
    ap.add_argument("--load", type=Path, help="read the candidates from a --rows file instead of analysing")
    ap.add_argument("--min-true", type=int, default=5)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args(argv)
    if a.load:
        rows = [json.loads(line) for line in a.load.read_text(encoding="utf-8").splitlines()]
    else:
        scorer = load_scorer(a.scorer)
        analyser = Analyser()
        rows = []
        with Recorder() as rec:
            for prefix in a.prefixes:
                for gold_path in sorted(a.gold_dir.glob(f"{prefix}[0-9]*.json")):
                    rows += article(gold_path, a.text_root / prefix, analyser, rec, scorer)
        if a.rows:
            a.rows.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    labels = Counter(r["label"] for r in rows)
    print(f"refused candidates: {len(rows)} {dict(labels)}; distinct gold events reached: "
          f"{len({r['gold'] for r in rows if r.get('gold')})}")
    by_gate: dict[str, Counter] = {}
    for r in rows:
        by_gate.setdefault(r["gate"], Counter())[r["label"]] += 1
    for gate, c in sorted(by_gate.items(), key=lambda x: -x[1]["true"]):
        n = c["true"] + c["dup"] + c["false"]
        print(f"  {gate:16} true {c['true']:4} of {n:5} ({c['true'] / n if n else 0:.2f})  opt {c['opt']}")
    print(f"conjunctions (>= {a.min_true} distinct true events), by precision true/(true+dup+false):")
    for p, tp, n, combo in conjunctions(rows, a.min_true, a.top):
        print(f"  {p:.2f} {tp:3}/{n:4}  " + " & ".join(f"{f}={v}" for f, v in combo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
