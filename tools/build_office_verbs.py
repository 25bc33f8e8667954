"""Print the ``office_verbs`` rows of kg/lexicons/en/words.tsv: verbs of taking, succeeding to and leaving an
office, from Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the reader of
``tools/build_event_lexicon.py``: the words of take_office.v.01 ("assume an office, duty, or title"),
succeed.v.02 ("be the successor (of)"), swear_in.v.01 and leave_office.v.01 ("give up or retire from a
position") and of their direct hyponyms, lower case; a multiword verb is written with "_" ("step_down", the
verb and its particle or object in the parse). Their subject holds the title after "as" ("X stepped down as
chairman of Y", "X succeeded Z as chancellor", "X was sworn in as president"); ``office_leave_verbs`` mark the
office as the holder's former one (roles).

    python tools/build_office_verbs.py /usr/share/wordnet
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

SEEDS = {"take_office.v.01": "take", "succeed.v.02": "take", "swear_in.v.01": "take", "leave_office.v.01": "leave"}


def main(folder: str) -> None:
    wn = WordNet(Path(folder))
    rows: dict[str, str] = {}
    for spec, kind in SEEDS.items():
        for key in wn.below(wn.sense(spec), depth=1):
            for w in wn.synsets[key]["words"]:
                w = w.split("(")[0]
                if w.replace("_", "").replace("-", "").isalpha() and w.islower():
                    rows[w] = "leave" if kind == "leave" or rows.get(w) == "leave" else kind
    print("# office_verbs, office_leave_verbs: verbs of taking and of leaving an office, WordNet 3.0 take_office.v.01,")
    print("# succeed.v.02, swear_in.v.01, leave_office.v.01 and their direct hyponyms (tools/build_office_verbs.py):")
    print("# the subject holds the title after \"as\": 'X stepped down as chairman of Y', a former office (roles)")
    for kind, name in (("take", "office_verbs"), ("leave", "office_leave_verbs")):
        for w in sorted(w for w in rows if rows[w] == kind):
            print(f"{name}\t{w}")


if __name__ == "__main__":
    main(sys.argv[1])
