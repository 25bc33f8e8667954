"""Where the event extractor loses a gold event: for each required gold event no predicted event
matches (matched as ``score.py gold`` matches a graph's events — evidence overlapping a trigger, one to one —
here against the article's extracted records), whether

- MERGED: a predicted event overlaps one of its triggers but was matched to another gold event (two
  real events joined as one node, or a node matched elsewhere),
- DROPPED: the trigger finder proposed a trigger there, which the event finder then dropped or
  joined away (``bare``, ``generic``, a relaxed reading with no one named …),
- NOTRIG: no trigger was proposed; each verb and noun of the gold trigger is listed with the
  finder's steps on it (``lookup`` senses, ``choose``, ``occurrence`` …), or ``EARLY`` when an
  early test of ``TriggerFinder.find`` passed it over (a name, a modifier, a participle).

    python tools/event_census.py TEXTDIR GOLD.json... [--scorer ../shared/eval/score.py]

TEXTDIR holds the texts the golds' ``source`` names (``score.py wikinews-texts`` writes them). Each
article is analysed alone, in memory; nothing is written. Session 25's census of the WRITE sets
(EVENTS.md set 33) was made with it.
"""
from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

from kg.analyse import Analyser
from kg.analyse import event_triggers
from kg.read import read_text_file

TRACED = ("lookup", "choose", "occurrence", "held", "purpose", "nothing_done", "threatened", "idiom",
          "sought", "counted")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FinderPatch:
    """Wraps the trigger finder's steps named in ``traced`` and its ``find`` while in a ``with`` block (restored on
    exit: the class is the pipeline's own); subclasses say what to keep of each step (:meth:`step`) and of each
    article's triggers (:meth:`found`)."""

    traced: tuple[str, ...] = TRACED

    def __enter__(self):
        finder = event_triggers.TriggerFinder
        self.saved = {name: finder.__dict__[name] for name in (*self.traced, "find")}
        for name in self.traced:
            setattr(finder, name, self._wrap(name, getattr(finder, name)))
        find = finder.find

        def traced_find(this, skip):
            out = find(this, skip)
            self.found(this, skip, out)
            return out
        finder.find = traced_find
        return self

    def __exit__(self, *exc) -> None:
        for name, method in self.saved.items():
            setattr(event_triggers.TriggerFinder, name, method)

    def _wrap(self, name, method):
        @functools.wraps(method)
        def traced(this, *args, **kwargs):
            result = method(this, *args, **kwargs)
            tok = args[0] if args else None
            if hasattr(tok, "lower_"):
                self.step(name, tok, result)
            return result
        return traced

    def step(self, name: str, tok, result) -> None:
        raise NotImplementedError

    def found(self, finder, skip, out) -> None:
        raise NotImplementedError


class Tracer(FinderPatch):
    """Records, for the article being analysed, the trigger finder's steps per token and its triggers,
    as plain values (the parse's strings are freed when the analyser's memory zone closes)."""

    def __init__(self) -> None:
        self.calls: dict[int, list[tuple[str, object]]] = {}
        self.tokens: list[tuple[int, str, str, str, int, int]] = []
        self.triggers: list[tuple[int, int, str, str]] = []

    def step(self, name, tok, result) -> None:
        shown = result
        if name == "lookup":  # (part of speech, senses, phrasal): the senses' types only
            shown = (result[0], sorted({s.type for s in result[1]}), result[2])
        self.calls.setdefault(tok.i, []).append((name, shown))

    def found(self, finder, skip, out) -> None:
        self.tokens = [(t.i, t.text, t.pos_, t.dep_, t.idx, len(t)) for t in finder.doc]
        self.triggers = [(t.span.start_char, t.span.end_char, t.span.text, t.type) for t in out]

    def reset(self) -> None:
        self.calls, self.tokens, self.triggers = {}, [], []


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def census(text_root: Path, golds: list[Path], scorer) -> Counter:
    analyser = Analyser()
    tally: Counter = Counter()
    with Tracer() as tracer:
        for gold_path in golds:
            _article(gold_path, text_root, analyser, tracer, scorer, tally)
    print(dict(tally))
    return tally


def _article(gold_path: Path, text_root: Path, analyser: Analyser, tracer: Tracer, scorer, tally: Counter) -> None:
    """One gold file: its missed events printed and counted into ``tally``."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = text_root / gold["source"]
    tracer.reset()
    (document, record), = list(analyser.analyse([read_text_file(path, path.read_bytes())]))
    if isinstance(record, Exception):
        print(f"{gold_path.name}: not analysed: {record}")
        return
    text = document.text
    gold_events = []
    for e in gold.get("events", []):
        try:
            gold_events.append({**e, "spans": [scorer.locate(text, s) for s in e["triggers"]]})
        except SystemExit as stop:  # the scorer stops on a trigger the text does not hold
            print(f"{gold_path.name}: {e.get('label')!r} not located: {stop}")
    predicted = [(ev.spans, ev) for ev in record.events]
    matched = {i for i, _j, s in scorer.match(
        gold_events, predicted,
        lambda g, p: max(scorer.overlap([gs], [ps]) + (1 if overlaps(ps, gs) else 0)
                         for gs in g["spans"] for ps in p[0]) if p[0] else 0) if s >= 1}
    for i, event in enumerate(gold_events):
        if i in matched or event.get("optional"):
            continue
        spans = event["spans"]
        nodes = [sp for sp, _ev in predicted if any(overlaps(ps, gs) for gs in spans for ps in sp)]
        triggers = [t for t in tracer.triggers if any(overlaps((t[0], t[1]), gs) for gs in spans)]
        tag = "MERGED" if nodes else "DROPPED" if triggers else "NOTRIG"
        tally[tag] += 1
        print(f"{gold_path.name} {tag} [{event.get('type')}] {event['triggers'][:2]} "
              f"triggers={[(t[2], t[3]) for t in triggers]}")
        if tag == "NOTRIG":
            for i_tok, word, pos, dep, idx, n in tracer.tokens:
                if pos in {"VERB", "NOUN"} and any(overlaps((idx, idx + n), gs) for gs in spans):
                    print(f"    {word} {pos} {dep} {tracer.calls.get(i_tok, 'EARLY')}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text_root", type=Path)
    ap.add_argument("golds", type=Path, nargs="+")
    ap.add_argument("--scorer", type=Path,
                    default=Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py")
    a = ap.parse_args(argv)
    if not a.scorer.exists():
        print(f"event_census: {a.scorer} not found (give --scorer)", file=sys.stderr)
        return 2
    census(a.text_root, a.golds, load_scorer(a.scorer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
