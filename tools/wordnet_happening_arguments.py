"""Nouns by what WordNet 3.0 reads first in them, for the arguments of a happening (issue #16).

KAIROS's argument templates say what takes part in a happening: a crash's vehicle (Disaster.Crash),
a collapse's or a burst's structure (Disaster.Damage), the thing or place on fire or exploding
(Disaster.FireExplosion). A happening verb or noun whose argument is an abstraction, a group or a
possession is figurative: "the stock market crashed", "the talks collapsed", "the population exploded",
"a title drought". Columns: noun (lower case), kind:

- ``abstract``: the noun's first (most frequent) WordNet sense is in a lexicographer file of acts,
  attributes, thoughts, communication, feelings, groups, motives, possessions, quantities, relations
  or states (``ABSTRACT_FILES``), and it is no vehicle;
- ``vehicle``: one of its first ``VEHICLE_RANK`` senses is a hyponym (at any depth) of conveyance.n.03, craft.n.02 or
  vehicle.n.01 (``VEHICLES``);
- ``group``: beside ``abstract``, when that first sense is in noun.group ("the convoy", "the crowd"): a
  group can be hit, an abstraction cannot (an attack's target, event_type_rules.tsv's OBJECT);
- ``organization``: beside ``group``, when that first sense is a hyponym (at any depth) of
  organization.n.01 ("brigade", "college"; not "tribe", "class": social groups): a plural of it ends a
  body's name, no person's ("the X Brigades", entities.grouped_names);
- ``count``: beside ``abstract``, when it is in noun.quantity ("dozens", "a score"): a number of people or
  things, hit as they are ("injured dozens");
- ``relation``: beside ``abstract``, when it is in noun.relation ("northeast", "the north"): a compass point,
  which a place it is said of makes a part of that place ("Syria's northeast");
- ``person``: its first sense is in noun.person ("rioters"): someone who may set a fire;
- ``animal``: its first sense is in noun.animal ("jackal", "cattle"): a living being, no thing (a
  verb's sense whose patient may be a thing but no person, "killed the bill", is not read of it);
- ``weapon``: its first sense is a hyponym of weapon.n.01, explosive_device.n.01 or explosive.n.01
  (``WEAPONS``): a bomb that explodes is an attack (KAIROS Conflict.Attack.DetonateExplode);
- ``disease``: beside its other kinds, when its first sense is a hyponym (at any depth) of illness.n.01,
  infection.n.01, infectious_agent.n.01 or epidemic.n.01 (``DISEASES``: "disease", "virus", "pandemic"): a
  name it is said of ("the X pandemic", "the X virus", "an outbreak of X") is a disease, no participant;
- ``quantity``: a happening noun (of ``HAPPENING_NOUNS``) one of whose senses is in noun.quantity or
  whose gloss reads "an overwhelming number" ("a flood of complaints", "an avalanche of criticism").

Only the words of common_words.tsv are written (the nouns news uses). "First" reads only the senses
that spell the noun in lower case when it has any: WordNet's index folds case, so a surname's people
("Hunt", the painter) would otherwise come before the common noun's senses ("hunt", a search).

    python tools/wordnet_happening_arguments.py /usr/share/wordnet kg/lexicons/en/common_words.tsv \
        > kg/lexicons/en/happening_arguments.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

# noun.act, attribute, cognition, communication, feeling, group, motive, possession, quantity,
# relation, state
ABSTRACT_FILES = {4, 7, 9, 10, 12, 14, 16, 21, 23, 24, 26}
VEHICLES = {"03100490": "conveyance.n.03", "03125870": "craft.n.02", "04524313": "vehicle.n.01"}
WEAPONS = {"04565375": "weapon.n.01", "03305522": "explosive_device.n.01", "03304730": "explosive.n.01"}
ORGANIZATIONS = {"08008335": "organization.n.01"}
DISEASES = {"14061805": "illness.n.01", "14174549": "infection.n.01", "09312843": "infectious_agent.n.01",
            "07435533": "epidemic.n.01"}
HAPPENING_NOUNS = ("flood", "avalanche", "storm", "wave", "torrent", "deluge", "explosion", "eruption",
                   "outbreak", "epidemic", "landslide", "hail", "blizzard", "tsunami", "firestorm")
QUANTITY_FILE = 23
PERSON_FILE = 18  # noun.person
GROUP_FILE = 14  # noun.group
RELATION_FILE = 24  # noun.relation
ANIMAL_FILE = 5  # noun.animal
VEHICLE_RANK = 3  # senses read for a vehicle ("van": the vanguard first, the vehicle 2nd)


def read(folder: Path):
    synsets = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head, _, gloss = line.partition(" | ")
        f = head.split()
        off, lexfile, n = f[0], int(f[1], 10), int(f[3], 16)
        i = 4 + 2 * n
        p = int(f[i])
        hyper = [f[i + 1 + 4 * k + 1] for k in range(p) if f[i + 1 + 4 * k] in {"@", "@i"}]
        lemmas = {f[4 + 2 * k].replace("_", " ") for k in range(n)}
        synsets[off] = (lexfile, hyper, gloss, lemmas)
    index = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n, p = int(f[2]), int(f[3])
        index[f[0].replace("_", " ")] = f[4 + p + 2:4 + p + 2 + n]
    return synsets, index


def main(argv: list[str]) -> int:
    folder, common = Path(argv[1]), Path(argv[2])
    synsets, index = read(folder)
    words = {ln.strip() for ln in common.read_text().splitlines() if ln.strip() and not ln.startswith("#")}

    def under(off: str, roots: dict, seen=None) -> bool:
        seen = seen if seen is not None else set()
        if off in roots:
            return True
        seen.add(off)
        return any(under(h, roots, seen) for h in synsets[off][1] if h not in seen)

    def common_senses(w: str) -> list[str]:
        """The senses that spell the word in lower case, if any: index.noun folds case, so "hunt" lists
        the painter Hunt (a noun.person instance) before the search; a word WordNet only capitalises
        ("Christian") keeps its senses."""
        return [o for o in index[w] if w in synsets[o][3]] or index[w]

    print("# " + __doc__.strip().split("\n")[0])
    print("# built by tools/wordnet_happening_arguments.py from WordNet 3.0 (WordNet licence); see EVENTS.md")
    print("noun\tkind")
    for w in sorted(w for w in words & set(index) if len(w) > 2):
        senses = common_senses(w)
        first = senses[0]
        if under(first, WEAPONS):
            print(f"{w}\tweapon")
        if any(under(o, VEHICLES) for o in senses[:VEHICLE_RANK]):
            print(f"{w}\tvehicle")
        elif synsets[first][0] in ABSTRACT_FILES:
            print(f"{w}\tabstract")
            extra = {GROUP_FILE: "group", QUANTITY_FILE: "count", RELATION_FILE: "relation"}.get(synsets[first][0])
            if extra:
                print(f"{w}\t{extra}")
            if synsets[first][0] == GROUP_FILE and under(first, ORGANIZATIONS):
                print(f"{w}\torganization")
        elif synsets[first][0] == PERSON_FILE:
            print(f"{w}\tperson")
        elif synsets[first][0] == ANIMAL_FILE:
            print(f"{w}\tanimal")
        if under(first, DISEASES):
            print(f"{w}\tdisease")
        if w in HAPPENING_NOUNS and any(synsets[o][0] == QUANTITY_FILE or "overwhelming number" in synsets[o][2]
                                        for o in senses):
            print(f"{w}\tquantity")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
