"""The country of each national institution WordNet 3.0 names: governments, legislatures, executive
departments and political parties (issue #15, session 23).

An article on British politics may never name the United Kingdom: it names Labour, the Commons or
Downing Street, and a reader knows the country from them. WordNet 3.0 files such bodies under four
noun.group classes — ``government`` ("Downing Street: the British government"), ``legislature``,
``executive_department`` and ``political_party`` — and says in the gloss's first clause whose they
are. A body is listed when it is a hyponym (at any depth) of one of the four and the first clause of
its gloss names exactly one country: by a country's name or a place alias of it (the GeoNames
gazetteer, ``aliases.tsv``: "Great Britain"), or by a demonym (``demonyms.tsv``: "the British
government"). Each capitalised name of the synset is a row, unless another listed body with another
country bears it too ("Labor": the British Labour Party and the US Department of Labor), and a
one-word name only when it is no common word of WordNet in another sense ("State", "Justice",
"Labour" are out; the entity rules read a party's short form through ``parties.tsv``, "Labour" as
"Labour Party", which is in). A body the gloss calls former ("a former political party in the
United States") is left out: a news graph meets its name mostly as another country's body since.

Columns: name, country (as ``demonyms.tsv`` / the gazetteer writes it).

    python tools/wordnet_institution_countries.py /usr/share/wordnet > kg/lexicons/en/institution_countries.tsv
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_office_holders import common_words, countries, read_synsets  # noqa: E402  (the same WordNet reader)

# government.n.01, legislature.n.01, executive_department.n.01, political_party.n.01
ROOTS = {8050678, 8163273, 8123167, 8256968}
NAME = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*")


def place_aliases() -> dict[str, str]:
    """Place aliases of ``aliases.tsv`` (lower case -> the country or place they name)."""
    root = Path(__file__).resolve().parent.parent
    out = {}
    for line in (root / "kg/lexicons/en/aliases.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 3 and f[2] == "PLACE" and not line.startswith("#"):
            out[f[0].lower()] = f[1]
    return out


def gloss_countries(gloss: str, names: dict[str, str], demonyms: dict[str, str]) -> set[str]:
    """The countries the first clause of a gloss names: a capitalised run or one of its words that is
    a country, a place alias of one, or a demonym."""
    found = set()
    for m in NAME.finditer(gloss.split(";")[0]):
        for cand in [m.group(0), *m.group(0).split()]:
            c = names.get(cand.lower()) or demonyms.get(cand)
            if c:
                found.add(names.get(c.lower(), c))
                break
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    syn = read_synsets(folder)
    names, demonyms = countries()
    names = {**{a: n for a, n in place_aliases().items() if n.lower() in names}, **names}
    below: dict[int, list[int]] = defaultdict(list)
    for off, (_lf, _w, ptrs, _g) in syn.items():
        for p, o in ptrs:
            if p in {"@", "@i"}:
                below[o].append(off)
    bodies, todo = set(), list(ROOTS)
    while todo:
        for h in below.get(todo.pop(), ()):
            if h not in bodies:
                bodies.add(h)
                todo.append(h)
    country_of: dict[str, set[str]] = defaultdict(set)
    for off in bodies:
        _lf, words, _p, gloss = syn[off]
        if re.search(r"\bformer\b", gloss.split(";")[0]):
            continue  # "a former political party in the United States": names reused elsewhere since
        found = gloss_countries(gloss, names, demonyms)
        for w in words:
            name = w.replace("_", " ")
            if name[:1].isupper():
                country_of[name].update(found if len(found) == 1 else {"?"})
    common = common_words(folder, bodies)  # words WordNet has in a sense that is no such body
    print("# national institutions WordNet 3.0 names (governments, legislatures, executive departments,")
    print("# political parties) with the one country their gloss names, by tools/wordnet_institution_countries.py")
    print("# (see kg/lexicons/en/ENTITIES.md, session 23)")
    print("name\tcountry")
    for name, found in sorted(country_of.items()):
        if len(found) != 1 or "?" in found:
            continue
        if " " not in name and name.lower() in common:
            continue
        print(f"{name}\t{next(iter(found))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
