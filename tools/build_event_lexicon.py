"""Build kg/lexicons/en/event_types.tsv, the typed event-trigger lexicon (issue #16), from two
documented general sources — never from the development articles:

1. PETRARCH2's CAMEO verb dictionary (``CAMEO.verbpatterns.150430.txt``, Open Event Data
   Alliance, MIT licence; https://github.com/openeventdata/petrarch2): each verb block's CAMEO
   code, and each verb's own patterns (a pattern whose code leads to another event type gives a
   sense hint: the words the pattern wants after the verb).
2. Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence): the verbs of the
   ACE 2005 event types CAMEO does not code (life, justice, personnel, transaction, movement),
   taken from a few seed senses listed below with their synonyms and troponyms, and the event
   nouns (nominalisations: "stabbing", "vote", "shutdown") derivationally related to every verb.

CAMEO codes are turned into event types through the SKOS mappings of ``ontology/events.ttl``
(the longest mapped prefix of a code wins), so the ontology is the one place that says which
CAMEO category is which type.

    python tools/build_event_lexicon.py CAMEO.verbpatterns.150430.txt /usr/share/wordnet \
        > kg/lexicons/en/event_types.tsv

The sources are read once here and not shipped; the output is committed as data.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import rdflib

# CAMEO pattern words that negate the verb they come before ("DID NOT *", "WILL_NOT *", "NO ONE *")
NEGATIONS = {"NOT", "NO", "NEVER", "CANNOT", "WONT", "WITHOUT", "UNABLE", "FAIL", "FAILED", "UNLIKELY"}
# "DECIDED AGAINST * SUMMIT", "AGAINST * WITH": "against" right before the verb negates it; elsewhere it
# is a noun's object ("PROTEST AGAINST ^ * WITH", "OPERATION AGAINST + BEEN * UP") and negates nothing
NEGATION_RIGHT_BEFORE = {"AGAINST"}

ROOT = Path(__file__).resolve().parents[1]
EV = "https://w3id.org/newskg/events#"
CAMEO = "https://w3id.org/newskg/schemes/cameo#"
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
# how a CAMEO mapping of the ontology counts when a code is mapped to a type (exact first)
MAPPING_RANK = {SKOS.exactMatch: 0, SKOS.narrowMatch: 1, SKOS.closeMatch: 2, SKOS.broadMatch: 3}

# WordNet 3.0 seed senses (lemma.pos.sense-number) for event types CAMEO does not code, or codes
# only in part. Each seed contributes its synonyms and its troponyms (two levels) or hyponyms (one level; two for
# the types of NOUN_DEPTH_2, rule 126).
WORDNET_SEEDS = {
    "Die": ["die.v.01", "kill.v.01", "death.n.01", "killing.n.02", "fatality.n.01"],
    "Injure": ["injure.v.01", "wound.v.01", "injury.n.01", "wound.n.01"],
    "BeBorn": ["be_born.v.01", "birth.n.02"],
    "Marry": ["marry.v.01", "wedding.n.01", "marriage.n.03"],
    "Divorce": ["divorce.v.01", "divorce.n.01"],
    "Attack": ["attack.v.01", "assail.v.01", "shoot.v.01", "stab.v.01", "bomb.v.01", "attack.n.01",
               "shooting.n.01", "assault.n.01", "bombing.n.01"],
    "Demonstrate": ["demonstrate.v.04", "rally.n.01", "demonstration.n.03", "protest.n.02", "strike.n.01"],
    "Meet": ["meet.v.01", "confer.v.01", "meeting.n.01", "summit.n.03", "talks.n.01"],
    "Correspond": ["call.v.03", "write.v.05", "correspond.v.03", "phone_call.n.01", "letter.n.01"],
    "ArrestJail": ["arrest.v.01", "jail.v.01", "detain.v.01", "arrest.n.01", "detention.n.01", "imprisonment.n.01"],
    "ReleaseParole": ["parole.v.01", "free.v.01", "bail.n.01", "parole.n.03", "release.n.02"],
    "TrialHearing": ["try.v.03", "try.v.05", "trial.n.04", "hearing.n.01"],
    "ChargeIndict": ["charge.v.06", "indict.v.01", "prosecute.v.01", "charge.n.02", "indictment.n.01", "prosecution.n.01"],
    "Sue": ["sue.v.01", "litigate.v.01", "lawsuit.n.01"],
    "Judgment": ["rule.v.04", "overturn.v.03", "uphold.v.03", "ruling.n.01", "verdict.n.01"],
    "Convict": ["convict.v.01", "conviction.n.02"],
    "Acquit": ["acquit.v.01", "acquittal.n.01"],
    "Sentence": ["sentence.v.01", "sentence.n.03"],
    "Fine": ["fine.v.01", "fine.n.01"],
    "Execute": ["execute.v.01", "execution.n.01"],
    "Extradite": ["extradite.v.01", "extradition.n.01"],
    "Appeal": ["appeal.v.01", "appeal.v.04", "appeal.n.03"],
    "Pardon": ["pardon.v.02", "pardon.n.02"],
    "StartPosition": ["appoint.v.02", "hire.v.01", "appointment.n.01"],
    "EndPosition": ["resign.v.01", "fire.v.04", "retire.v.02", "oust.v.01", "resignation.n.02", "dismissal.n.04", "retirement.n.01"],
    "Nominate": ["nominate.v.01", "nomination.n.01"],
    "Elect": ["elect.v.01", "vote_in.v.01", "election.n.01", "primary.n.01"],
    "TransferOwnership": ["buy.v.01", "sell.v.01", "purchase.n.01", "sale.n.01", "acquisition.n.01"],
    "TransferMoney": ["pay.v.01", "donate.v.01", "lend.v.02", "payment.n.01", "donation.n.01", "loan.n.01"],
    "Transport": ["travel.v.02", "transport.v.01", "evacuate.v.01", "deport.v.03", "airlift.v.01",
                  "travel.n.01", "evacuation.n.02", "deportation.n.01"],
    "Vote": ["vote.v.01", "vote.n.01", "referendum.n.01", "ballot.n.01"],
    "Legislate": ["legislate.v.01", "enact.v.01", "sign.v.02", "veto.v.01", "enactment.n.01", "legislation.n.02"],
    "Suspend": ["suspend.v.04", "suspend.v.03", "dissolve.v.04", "dismiss.v.06", "cancel.v.01", "shut_down.v.01", "postpone.v.01",
                "suspension.n.07", "suspension.n.03", "cancellation.n.01", "shutdown.n.01"],
    "Publish": ["publish.v.01", "release.v.07", "leak.v.01", "debut.v.01", "debut.v.02", "publication.n.03", "leak.n.05", "release.n.04"],
    "Declare": ["declare.v.01", "proclaim.v.02", "declaration.n.01", "proclamation.n.01"],
    "Investigate": ["investigate.v.01", "probe.v.01", "investigation.n.01", "inquiry.n.03"],
    "Sanction": ["sanction.n.02", "embargo.n.01"],
    "Reject": ["dismiss.v.01", "reject.v.01", "deny.v.01", "rejection.n.01", "denial.n.01"],
    "Boycott": ["boycott.v.01", "boycott.n.01"],
    "Compete": ["win.v.01", "beat.v.01", "victory.n.01", "win.n.01"],
    # happenings no one sets out to do (KAIROS's Disaster and Medical families, EM-DAT's natural hazards)
    "Crash": ["crash.n.02", "collision.n.02", "accident.n.01", "derailment.n.01", "crash.v.01", "crash.v.03",
              "collide.v.03", "derail.v.02"],
    "FireExplosion": ["fire.n.01", "explosion.n.01", "blast.n.04", "burn.v.01", "burn.v.03", "explode.v.02",
                      "explode.v.09"],
    "NaturalDisaster": ["earthquake.n.01", "flood.n.01", "storm.n.01", "cyclone.n.02", "hurricane.n.01",
                        "tornado.n.01", "typhoon.n.01", "tsunami.n.01", "eruption.n.01", "landslide.n.02",
                        "avalanche.n.01", "drought.n.01", "heat_wave.n.01", "wildfire.n.01", "flood.v.02",
                        "flood.v.04", "erupt.v.05"],
    "DiseaseOutbreak": ["outbreak.n.01", "epidemic.n.01", "pandemic.n.01"],
    "Damage": ["collapse.v.01", "burst.v.01", "collapse.n.02", "blackout.n.03", "power_outage.n.01", "outage.n.02"],
    "Illness": ["infect.v.01", "infect.v.02", "infection.n.01", "infection.n.04"],
    "Diagnosis": ["diagnose.v.01", "diagnose.v.02", "diagnosis.n.01"],
    "MedicalTreatment": ["treat.v.03", "operate.v.07", "hospitalize.v.01", "vaccinate.v.01", "surgery.n.04",
                         "chemotherapy.n.01", "hospitalization.n.04"],
}
# how many levels of troponyms a type's verb seeds bring (default two): a contest's verbs one level
# ("beat": "trounce", "outscore"), as the second brings ways of getting the better of someone
# that are no contest ("cheat", "outweigh", "shame"); fires and natural hazards one level ("torch",
# "flood": "swamp"); the other happenings none, only the seed's own words, as their troponyms are
# failures and ways of handling someone ("collapse": "flop", "founder"; "treat": "nurse", "vet")
SEED_DEPTH = {"Compete": 1, "FireExplosion": 1, "NaturalDisaster": 1, "Crash": 0, "DiseaseOutbreak": 0,
              "Damage": 0, "Illness": 0, "Diagnosis": 0, "MedicalTreatment": 0}
# how many levels of hyponyms a type's noun seeds bring (default one): none for accidents and infections,
# whose hyponyms are what they do to people ("injury", "casualty" under accident.n.01) or single ailments
# whose nouns are also people ("felon" under infection.n.01)
NOUN_DEPTH = {"Crash": 0, "Illness": 0}
# rule 126: the happenings whose noun seeds bring a second level of hyponyms, kinds of a kind of the hazard
# ("aftershock" under tremor under earthquake.n.01, "sandstorm" under windstorm under storm.n.01, "nuclear
# explosion", "appendectomy" under a kind of surgery); a second-level synset that a seed or a first-level
# hyponym of any type already takes is left to it ("wildfire", a seed of its own under forest fire), and a
# second-level word adds no sense to a row that exists. Not the other happenings: collapse.n.02's second level is a
# star's ("gravitational collapse"), diagnosis.n.01's a forecast ("prognosis", "prospect"), outbreak.n.01's none
NOUN_DEPTH_2 = {"NaturalDisaster", "FireExplosion", "MedicalTreatment"}
# noun lexicographer files that name acts and events (noun.act, noun.communication, noun.event,
# noun.process): a derived noun elsewhere (a person, an artefact) is no event word
EVENT_NOUN_FILES = {4, 10, 11, 22}
# of those, the files of things done or said (noun.act, noun.communication): a work or a message can be the
# thing a verb is made from (rule 110); a happening is the event itself
DONE_NOUN_FILES = {4, 10}


def semcor_counts(folder: Path) -> dict[tuple[str, str, int], int]:
    """SemCor tag counts by (lemma, "n" or "v", sense number), from cntlist.rev ("sense_key sense_number tag_cnt";
    keys lemma%1:… nouns, lemma%2:… verbs)."""
    tagged: dict[tuple[str, str, int], int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, num, cnt = line.split()
        lemma, _, rest = key.partition("%")
        if rest[:1] in ("1", "2"):
            tagged[(lemma, "n" if rest[0] == "1" else "v", int(num))] = int(cnt)
    return tagged


class WordNet:
    """Just enough of the WordNet 3.0 database files: synsets, their words, pointers and gloss."""

    def __init__(self, folder: Path):
        self.synsets: dict[tuple[str, int], dict] = {}
        self.index: dict[tuple[str, str], list[int]] = {}
        for pos, name in (("n", "noun"), ("v", "verb")):
            for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
                if line.startswith("  "):
                    continue
                data, _, gloss = line.partition(" | ")
                f = data.split()
                offset, lexfile, n = int(f[0]), int(f[1]), int(f[3], 16)
                words = [f[4 + 2 * i].lower() for i in range(n)]
                k = 4 + 2 * n
                ptrs = []
                for _ in range(int(f[k])):
                    sym, off, ppos, st = f[k + 1:k + 5]
                    ptrs.append((sym, int(off), "v" if ppos == "v" else "n" if ppos == "n" else ppos,
                                 int(st[:2], 16), int(st[2:], 16)))
                    k += 4
                frames = set()  # a verb's sentence frames (``f_cnt + f_num w_num``), for the synset (w_num 00) or a word
                if pos == "v" and k + 1 < len(f) and f[k + 1].isdigit():
                    frames = {int(f[k + 3 + 3 * i]) for i in range(int(f[k + 1]))}
                self.synsets[(pos, offset)] = {"lexfile": lexfile, "words": words, "ptrs": ptrs, "gloss": gloss,
                                               "frames": frames}
            for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
                if line.startswith("  "):
                    continue
                f = line.split()
                n_ptr = int(f[3])
                self.index[(f[0], pos)] = [int(o) for o in f[6 + n_ptr:]]
        self.tagged = semcor_counts(folder)

    def tag_count(self, word: str, key) -> int:
        """How often SemCor tags ``word`` in the synset ``key`` (0 when never)."""
        w = word.replace(" ", "_")
        offsets = self.index.get((w, key[0]), [])
        return self.tagged.get((w, key[0], offsets.index(key[1]) + 1), 0) if key[1] in offsets else 0

    def sense(self, spec: str) -> tuple[str, int]:
        lemma, pos, num = spec.rsplit(".", 2)
        return pos, self.index[(lemma, pos)][int(num) - 1]

    def below(self, key, depth: int = 2):
        """The synset and its hyponyms / troponyms down to ``depth`` levels."""
        out, frontier = [key], [key]
        for _ in range(depth):
            frontier = [(key[0], off) for k in frontier for sym, off, pos, _s, _t in self.synsets[k]["ptrs"]
                        if sym == "~" and pos == key[0]]
            out += frontier
        return out

    def derived_nouns(self, lemma: str, max_senses: int = 2) -> set[str]:
        """Event nouns derivationally related to the lemma's first verb senses."""
        out = set()
        for off in self.index.get((lemma.replace(" ", "_"), "v"), [])[:max_senses]:
            out |= self.nouns_of(("v", off), lemma)
        return out

    def hypernyms(self, key) -> set:
        """The synset and all its hypernyms and instance hypernyms, to the top."""
        seen, frontier = {key}, [key]
        while frontier:
            frontier = [(key[0], off) for k in frontier for sym, off, pos, _s, _t in self.synsets[k]["ptrs"]
                        if sym in ("@", "@i") and pos == key[0] and (key[0], off) not in seen]
            seen |= set(frontier)
        return seen

    def verbs_of(self, key) -> set:
        """The verb synsets a noun synset is derivationally linked to."""
        return {("v", off) for sym, off, pos, _s, _t in self.synsets[key]["ptrs"] if sym == "+" and pos == "v"}

    def noun_synsets_of(self, key, lemma: str | None = None) -> list:
        """(noun synset, noun word) pairs that ``nouns_of`` reads."""
        out = []
        s = self.synsets[key]
        for sym, noff, pos, src, tgt in s["ptrs"]:
            if sym != "+" or pos != "n" or (lemma and src and s["words"][src - 1] != lemma.replace(" ", "_")):
                continue
            n = self.synsets[("n", noff)]
            if n["lexfile"] in EVENT_NOUN_FILES:
                w = n["words"][tgt - 1] if tgt else n["words"][0]
                out.append((("n", noff), re.sub(r"\(.*\)$", "", w).replace("_", " ")))
        return out

    def nouns_of(self, key, lemma: str | None = None) -> set[str]:
        """Event nouns derivationally related to a verb synset (to one of its words, if given)."""
        return {w for _n, w in self.noun_synsets_of(key, lemma)}


def seed_family(wn: WordNet, typ: str) -> tuple[set, set]:
    """A type's noun family (its noun seeds with their hyponyms as taken, and the nouns derived from
    its verb seeds themselves) and its verb tree (its verb seeds with their troponyms as taken)."""
    nouns, verbs = set(), set()
    for spec in WORDNET_SEEDS[typ]:
        key = wn.sense(spec)
        if key[0] == "n":
            nouns |= set(wn.below(key, depth=2 if typ in NOUN_DEPTH_2 else NOUN_DEPTH.get(typ, 1)))
        else:
            nouns |= {n for n, _w in wn.noun_synsets_of(key)}
            verbs |= set(wn.below(key, depth=SEED_DEPTH.get(typ, 2)))
    return nouns, verbs


def carries_meaning(wn: WordNet, noun, family: set, verbs: set) -> bool:
    """Rule 86: a noun derived from a troponym of a type's seed names the type's event only when its
    hypernym chain reaches the type's noun family ("stabbing" is a kind of attack) or at least half of the
    verb synsets it is derivationally linked to lie in the type's verb tree ("strangulation": "strangle").
    WordNet's derivational pointers are morphological: the noun "flight" (an instance of travelling by air)
    is linked to the rare verb "flight" (shoot a bird in flight, a way of killing) and to four senses of
    "fly", and is no kind of death or killing."""
    linked = wn.verbs_of(noun)
    return bool(wn.hypernyms(noun) & family) or 2 * len(linked & verbs) >= len(linked)


def names_the_work(wn: WordNet, noun: str, nkey, verb: str, vkey) -> bool:
    """Rule 110: a noun that is the very word of the verb it is derived from (a conversion: "job", "task",
    "research") names the work or the thing, not the act of that verb, when SemCor tags the noun in its sense
    and never tags the verb in the sense of the type's tree: the verb is made from the noun ("to job" work
    out, "to task" someone), so the noun does not carry the verb's meaning. A nominalisation with its own
    suffix ("assassination", "resignation") or a verb that is used ("kill": "killing") is not touched."""
    return (noun == verb and wn.synsets[nkey]["lexfile"] in DONE_NOUN_FILES and wn.tag_count(noun, nkey) > 0
            and wn.tag_count(verb, vkey) == 0)


def cameo_types(ttl: Path) -> dict[str, str]:
    """CAMEO code -> event type local name, from the SKOS mappings of ontology/events.ttl."""
    g = rdflib.Graph().parse(ttl, format="turtle")
    best: dict[str, tuple[int, str]] = {}
    for p, rank in MAPPING_RANK.items():
        for s, o in g.subject_objects(p):
            if str(s).startswith(EV) and str(o).startswith(CAMEO):
                code = str(o)[len(CAMEO):]
                if code not in best or rank < best[code][0]:
                    best[code] = (rank, str(s)[len(EV):])
    return {c: t for c, (_r, t) in best.items()}


def type_of(code: str, types: dict[str, str]) -> str | None:
    code = code.split(":")[0].strip()
    for n in range(len(code), 1, -1):
        if code[:n] in types:
            return types[code[:n]]
    return None


def read_cameo(path: Path, types: dict[str, str]):
    """(lemma, type, code, sense hint, block) rows from the verb blocks of the CAMEO dictionary."""
    text = path.read_text(encoding="latin-1")
    body = text.split("####### VERB PATTERNS #######", 1)[1]
    rows = []
    for block in re.split(r"\n(?=--- )", body):
        head = re.match(r"--- *([A-Z_]+) *\[([^\]]*)\]", block)
        if not head:
            continue
        name, default = head.groups()
        verbs: dict[str, str] = {}
        forms: dict[str, list[str]] = {}
        patterns: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for line in block.splitlines()[1:]:
            line = line.split("#", 1)[0].rstrip() if not line.startswith("- ") else line
            if not line.strip():
                continue
            if line.startswith("- "):
                m = re.match(r"- (.*)\[([^\]]*)\]\s*(?:#\s*([A-Z_+ ]+))?", line)
                if m and m.group(3):
                    for verb in m.group(3).split(","):
                        patterns[verb.strip().split(" ")[0].replace("+", "").lower()].append((m.group(1), m.group(2)))
                continue
            m = re.match(r"([+A-Z_'-]+)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?", line.strip())
            if m:
                verbs[m.group(1)] = (m.group(4) or default).strip()
                forms[m.group(1)] = (m.group(2) or "").strip("{} ").split()
        for raw, code in verbs.items():
            lemma = raw.replace("+", "").replace("_", " ").lower().strip()
            key = raw.replace("+", "").lower()
            typ = type_of(code, types) if code != "---" else None
            if typ and len(lemma) > 2:
                rows.append((lemma, typ, code.split(":")[0], "", name))
                # the gerund as an event noun ("the stabbing"): the irregular form the dictionary
                # lists, else PETRARCH's regular rule (drop a final silent e, add -ing)
                ing = [f.replace("+", "").replace("_", " ").lower() for f in forms.get(raw, []) if "ING" in f]
                if not ing and " " not in lemma:
                    ing = [(lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"]
                for g in ing:
                    rows.append((g, typ, code.split(":")[0], "gerund", name))
            # sense hints: the pattern words after the verb that lead to another type
            hints: dict[str, set[str]] = defaultdict(set)
            for pat, pcode in patterns.get(key, ()):
                ptyp = type_of(pcode, types) if pcode.strip() != "---" else None
                if not ptyp or ptyp == typ or "*" not in pat:
                    continue
                words_before = [w for t in pat.split("*", 1)[0].split() for w in t.split("_")]
                before = set(words_before)
                if before & NEGATIONS or words_before[-1:] and words_before[-1] in NEGATION_RIGHT_BEFORE:
                    continue  # "WILL_NOT * DECISION [120]": the code of the verb negated (a refusal); the
                    # extractor reads no words before the verb, so "made the decision" would be a rejection
                after = [w.lower() for w in pat.split("*", 1)[1].split() if re.fullmatch(r"[A-Z][A-Z'-]+", w)]
                if after:
                    hints[(ptyp, pcode.strip())].add(" ".join(after[:3]))
            for (ptyp, pcode), words in sorted(hints.items()):
                rows.append((lemma, ptyp, pcode, "object: " + " | ".join(sorted(words)[:6]), name))
    return rows


def main(argv: list[str]) -> int:
    cameo_file, wn_dir = Path(argv[0]), Path(argv[1])
    wn = WordNet(wn_dir)
    types = cameo_types(ROOT / "ontology" / "events.ttl")
    out: dict[tuple[str, str, str], dict] = {}

    def add(lemma, pos, typ, code, sense, source):
        lemma = lemma.strip()
        if not lemma or not re.fullmatch(r"[a-z][a-z' -]*[a-z]", lemma):
            return
        pos = "PHRASE" if " " in lemma and pos == "NOUN" else pos
        row = out.setdefault((lemma, pos, typ), {"cameo": code, "sense": sense, "source": source})
        if sense and sense not in row["sense"]:
            row["sense"] = (row["sense"] + "; " + sense).strip("; ")

    for lemma, typ, code, sense, block in read_cameo(cameo_file, types):
        if sense == "gerund":
            add(lemma, "NOUN", typ, code, "gerund of the verb", f"cameo:{block}")
            continue
        add(lemma, "VERB", typ, code, sense, f"cameo:{block}")
        if not sense:
            for noun in wn.derived_nouns(lemma):
                add(noun, "NOUN", typ, code, "", f"cameo:{block}+wordnet")
    for typ, seeds in WORDNET_SEEDS.items():
        family, verbs = seed_family(wn, typ)
        for spec in seeds:
            key = wn.sense(spec)
            for k in wn.below(key, depth=SEED_DEPTH.get(typ, 2) if key[0] == "v" else NOUN_DEPTH.get(typ, 1)):
                for w in wn.synsets[k]["words"]:
                    w = re.sub(r"\(.*\)$", "", w).replace("_", " ")
                    gloss = wn.synsets[k]["gloss"].split(";")[0].strip()
                    add(w, "VERB" if k[0] == "v" else "NOUN", typ, "", f"sense: {gloss}", f"wordnet:{spec}")
                    if k[0] == "v":
                        for nkey, noun in wn.noun_synsets_of(k, w):
                            if not carries_meaning(wn, nkey, family, verbs) or names_the_work(wn, noun, nkey, w, k):
                                continue
                            add(noun, "NOUN", typ, "", f"sense: {gloss}", f"wordnet:{spec}+derived")
    taken = {k for typ, seeds in WORDNET_SEEDS.items() for spec in seeds if wn.sense(spec)[0] == "n"
             for k in wn.below(wn.sense(spec), depth=NOUN_DEPTH.get(typ, 1))}
    for typ in sorted(NOUN_DEPTH_2):
        for spec in WORDNET_SEEDS[typ]:
            key = wn.sense(spec)
            if key[0] != "n":
                continue
            for k in wn.below(key, depth=2)[len(wn.below(key, depth=1)):]:
                if k in taken:
                    continue
                gloss = wn.synsets[k]["gloss"].split(";")[0].strip()
                for w in wn.synsets[k]["words"]:
                    w = re.sub(r"\(.*\)$", "", w).replace("_", " ")
                    if (w, "PHRASE" if " " in w else "NOUN", typ) not in out:
                        add(w, "NOUN", typ, "", f"sense: {gloss}", f"wordnet:{spec}")
    print("# Typed event triggers (issue #16), built by tools/build_event_lexicon.py from the CAMEO verb")
    print("# dictionary of PETRARCH2 (MIT) and Princeton WordNet 3.0 (WordNet licence); see EVENTS.md.")
    print("# type: a class of ontology/events.ttl; cameo: the CAMEO code the verb or pattern carries;")
    print("# sense: when this type applies (words the CAMEO pattern wants after the verb); source: where from.")
    print("# Read by kg/analyse/event_triggers.py with event_sense_ranks.tsv, event_compounds.tsv and event_type_rules.tsv.")
    print("lemma\tpos\ttype\tcameo\tsense\tsource")
    for (lemma, pos, typ), row in sorted(out.items()):
        print(f"{lemma}\t{pos}\t{typ}\t{row['cameo']}\t{row['sense']}\t{row['source']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
