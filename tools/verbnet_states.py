"""The verbs VerbNet describes only as states (issue #16, the generic-event fallback).

GL-VerbNet (VerbNet 3.4 with Generative-Lexicon event structure; Brown et al., "Semantic
representations for NLP using VerbNet and the Generative Lexicon", Frontiers in AI 2022) writes each
frame's semantics with event variables: a state that holds throughout is ``E``; a process or a
change has subevents ``e1``, ``e2``, ``ë1`` …. A class (or subclass) whose frames use ``E`` alone
describes a state ("own-100.1": own, possess; "exist-47.1": reside, dwell; "long-32.2": hope).
A verb is stative here when every class it is a member of is such a class, so a verb with any
dynamic class ("hold" in hold-15.1, "lead" in accompany-51.7) stays out. Columns: lemma (spaces
for VerbNet's underscores), classes (its stative classes, space-separated).

Source: https://github.com/cu-clear/verbnet, directory ``vn-gl`` (commit ae8e9cf).

    python tools/verbnet_states.py path/to/verbnet/vn-gl > kg/lexicons/en/event_stative_verbs.tsv
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    classes: dict[str, list[tuple[str, bool]]] = {}

    def walk(el: ET.Element, name: str) -> None:
        events = {a.get("value") for a in el.findall("FRAMES/FRAME/SEMANTICS/PRED/ARGS/ARG")
                  if a.get("type") == "Event"}
        stative = bool(events) and events <= {"E"}
        for m in el.findall("MEMBERS/MEMBER"):
            classes.setdefault(m.get("name").replace("_", " ").lower(), []).append((name, stative))
        for sub in el.findall("SUBCLASSES/VNSUBCLASS"):
            walk(sub, sub.get("ID"))

    for path in sorted(Path(argv[0]).glob("*.xml")):
        root = ET.parse(path).getroot()
        walk(root, root.get("ID"))
    print("# GL-VerbNet 3.4 (github.com/cu-clear/verbnet vn-gl): verbs all of whose classes describe a state")
    print("# (event variable E only), by tools/verbnet_states.py (see kg/lexicons/en/EVENTS.md).")
    print("lemma\tclasses")
    for lemma in sorted(classes):
        if all(s for _n, s in classes[lemma]):
            print(f"{lemma}\t{' '.join(n for n, _s in classes[lemma])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
