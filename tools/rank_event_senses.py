"""Rank each sense of kg/lexicons/en/event_types.tsv by WordNet 3.0's sense order (issue #16).

WordNet lists a word's senses most frequent first (by the SemCor tag counts), so the position of
the sense a row stands for says whether that event sense is the word's usual one ("resign": the
first sense of the verb) or a rare one ("call" in the sense of postponing, "press" for a demand).
The extractor lets a trigger name an event in a default sense only when that sense is among the
word's first ones (kg/analyse/event_triggers.py).

For each row: a WordNet row (sense column ``sense: GLOSS``) gets the number of the lemma's sense
whose gloss it carries; a noun without a gloss of its own (a CAMEO verb's noun or gerund) gets the number of
the noun's first sense that is an act, communication, event or process (the noun files the
lexicon's nouns were taken from); a CAMEO verb row gets none (CAMEO's coders chose the verb for its
code). Columns: lemma, pos, type, rank (empty = not ranked), senses (how many WordNet senses the
lemma has in that part of speech), first (the lexicographer file of the lemma's first sense in that
part of speech: "require" is first verb.stative, a need; "repeat" verb.communication), file (the
lexicographer file of the row's own ranked sense: "trial" as a hearing is noun.act) and written
(``yes`` when that noun sense is, through its hypernyms, a kind of written communication: "letter"
as a written message is a document, not an event; "warning" and "announcement" are messages) and act
(``yes`` when one of the noun's senses for the row's type is an act or a happening: the row's own
sense is in noun.act, noun.event, noun.process or noun.phenomenon, or it is derived (WordNet's
derivational pointer) from the row's verb sense, or another sense of the noun derived from that verb
sense is in one of those files: "indictment" as a document is the noun of the act "indict", "pardon"
as a warrant has "the formal act of liberating someone" beside it; "letter" as a written message is
derived from no verb sense of its type and is no act), and object (``yes`` when every sentence frame
WordNet gives the row's verb sense has an object, none objectless ("Somebody ----s", "Somebody ----s
PP") and none with the subject's infinitive ("Somebody ----s to INFINITIVE"), while another sense of
the verb has such an infinitive frame: the infinitive tells the senses apart. "try" as putting on trial
has only "Somebody ----s somebody", "try" as attempting "Somebody ----s to INFINITIVE", so "trying to
leave" is no trial; "pledge" has no sense with an infinitive frame and is not marked; rule 87), message
(``yes`` when that noun sense is in noun.communication and WordNet links it to no verb by a derivational
pointer: a message as the thing said, "proposal" as "something proposed (such as a plan)", "manifesto"; the act
of proposing, "the act of making a proposal", is linked to "propose"; rule 98; or when one of the noun's first two
senses is such a message: "question" is first "an instance of questioning", linked to "ask", and second "the
subject matter at issue", linked to no verb; rule 99), and transitive
(``yes`` when every frame of the row's verb senses, each sense whose gloss it carries, has a noun
object — "Somebody ----s something", "Somebody ----s somebody" and the like, no objectless, infinitive,
clause or gerund frame — while a sense WordNet ranks before it has a frame without one: "hear" as a court
hearing a case, its 3rd sense, has only "Somebody ----s something", "hear" as perceiving, its 1st, also "Somebody ----s", so "heard about it",
"heard from them" is no hearing; "meet" as coming together is the verb's 1st sense and is not marked;
rule 96).

    python tools/rank_event_senses.py kg/lexicons/en/event_types.tsv /usr/share/wordnet \
        > kg/lexicons/en/event_sense_ranks.tsv

With ``--compounds`` it lists instead the WordNet compound nouns whose last word is an event noun
of the table but which are no kind of what that noun names: "house arrest" is a confinement
(its hypernym), not a kind of arrest, so "under house arrest" names no arrest; "police
investigation" is a kind of investigation and is not listed. Columns: compound, head.

    python tools/rank_event_senses.py --compounds kg/lexicons/en/event_types.tsv /usr/share/wordnet \
        > kg/lexicons/en/event_compounds.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import EVENT_NOUN_FILES, WordNet  # noqa: E402

# WordNet 3.0's lexicographer files by number (lexnames(5WN)), verbs and nouns
LEXNAMES = {3: "noun.Tops", 4: "noun.act", 5: "noun.animal", 6: "noun.artifact", 7: "noun.attribute",
            8: "noun.body", 9: "noun.cognition", 10: "noun.communication", 11: "noun.event", 12: "noun.feeling",
            13: "noun.food", 14: "noun.group", 15: "noun.location", 16: "noun.motive", 17: "noun.object",
            18: "noun.person", 19: "noun.phenomenon", 20: "noun.plant", 21: "noun.possession",
            22: "noun.process", 23: "noun.quantity", 24: "noun.relation", 25: "noun.shape", 26: "noun.state",
            27: "noun.substance", 28: "noun.time", 29: "verb.body", 30: "verb.change", 31: "verb.cognition",
            32: "verb.communication", 33: "verb.competition", 34: "verb.consumption", 35: "verb.contact",
            36: "verb.creation", 37: "verb.emotion", 38: "verb.motion", 39: "verb.perception",
            40: "verb.possession", 41: "verb.social", 42: "verb.stative", 43: "verb.weather"}


# lexicographer files of a noun sense that is an act or a happening (words.tsv's event_act_files)
ACT_FILES = {4, 11, 19, 22}
# WordNet 3.0's lexicographer file of messages (noun.communication)
COMMUNICATION = 10
# WordNet 3.0 "written communication, written language" (noun): letters, documents, reports, texts
WRITTEN = ("n", 6349220)


# WordNet 3.0's generic verb frames (wninput(5WN)) with no object: 1 "Something ----s", 2 "Somebody ----s",
# 3 "It is ----ing", 4 "Something is ----ing PP", 6 "Something ----s Adjective/Noun", 7 "Somebody ----s
# Adjective", 12 "Something ----s to somebody", 13 "Somebody ----s on something", 22 "Somebody ----s PP",
# 23 "Somebody's (body part) ----s", 27 "Somebody ----s to somebody"; and with a subject's to-infinitive or
# bare infinitive: 28 "Somebody ----s to INFINITIVE", 29 "Somebody ----s whether INFINITIVE",
# 32 "Somebody ----s INFINITIVE", 35 "Something ----s INFINITIVE"
OBJECTLESS_FRAMES = {1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27}
INFINITIVE_FRAMES = {28, 29, 32, 35}
# frames with a noun object: 5 "Something ----s something Adjective/Noun", 8 "Somebody ----s something", 9
# "Somebody ----s somebody", 10 "Something ----s somebody", 11 "Something ----s something", 14 "Somebody ----s
# somebody something", 15 "Somebody ----s something to somebody", 16 "Somebody ----s something from somebody",
# 17 "Somebody ----s somebody with something", 18 "Somebody ----s somebody of something", 19 "Somebody ----s
# something on somebody", 20 "Somebody ----s somebody PP", 21 "Somebody ----s something PP", 24 "Somebody ----s
# somebody to INFINITIVE", 25 "Somebody ----s somebody INFINITIVE", 30 "Somebody ----s somebody into V-ing
# something", 31 "Somebody ----s something with something"; the others take no object, a clause (26, 34) or a
# gerund (33)
NOUN_OBJECT_FRAMES = {5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31}


def said(wn: WordNet, key) -> bool:
    """Rule 98: a message as a thing said ("manifesto", "proposal" as the plan proposed): a noun sense of
    communication WordNet links to no verb by a derivational pointer, while the act of saying it is a verb's
    noun ("proposal" as the act of making a proposal, its third sense, is linked to "propose")."""
    return wn.synsets[key]["lexfile"] == COMMUNICATION and not any(
        sym == "+" and pp == "v" for sym, _o, pp, _s, _t in wn.synsets[key]["ptrs"])


def hypernyms(wn: WordNet, key, depth: int = 12) -> set:
    """Every synset above ``key`` (hypernyms and instance hypernyms), up to ``depth`` levels."""
    up, frontier = set(), {key}
    for _ in range(depth):
        frontier = {("n", off) for k in frontier for sym, off, p, _s, _t in wn.synsets[k]["ptrs"]
                    if sym in {"@", "@i"} and p == "n"} - up
        up |= frontier
    return up


def compounds(table: Path, wn: WordNet) -> None:
    heads = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 2 and cells[1] == "NOUN" and " " not in cells[0]:
            heads.add(cells[0])
    print("# WordNet 3.0 compound nouns ending in an event noun of event_types.tsv that are no hyponym of any")
    print("# sense of that noun (by tools/rank_event_senses.py --compounds, see EVENTS.md): not an event of its type.")
    print("compound\thead")
    for (word, pos), offsets in sorted(wn.index.items()):
        if pos != "n" or "_" not in word or word.count("_") > 2:
            continue
        head = word.rsplit("_", 1)[1]
        if head not in heads:
            continue
        head_senses = {("n", o) for o in wn.index.get((head, "n"), [])}
        up, frontier = set(), {("n", o) for o in offsets}
        for _ in range(4):
            frontier = {("n", off) for k in frontier for sym, off, p, _s, _t in wn.synsets[k]["ptrs"]
                        if sym in {"@", "@i"} and p == "n"}
            up |= frontier
        if not up & head_senses:
            print(f"{word.replace('_', ' ')}\t{head}")


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--compounds" and len(argv) == 3:
        compounds(Path(argv[1]), WordNet(Path(argv[2])))
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    table, folder = Path(argv[0]), Path(argv[1])
    wn = WordNet(folder)
    print("# WordNet 3.0 sense rank of each row of event_types.tsv, by tools/rank_event_senses.py (see EVENTS.md).")
    print("# rank: the position of the row's sense among the lemma's senses, most frequent first (empty: a CAMEO")
    print("# verb row, not ranked); senses: how many senses WordNet gives the lemma in that part of speech;")
    print("# first: the lexicographer file of the lemma's first sense in that part of speech; file: that of the")
    print("# row's own ranked sense; written: yes when that noun sense is a kind of written communication;")
    print("# act: yes when a noun sense for the row's type is an act or derived from the type's verb sense.")
    print("# object: yes when every WordNet sentence frame of that verb sense has an object (none objectless, none")
    print("# with the subject's infinitive) and another sense of the verb has an infinitive frame.")
    print("# message: yes when that noun sense, or one of the noun's first two, is a message WordNet links to no verb")
    print("# (noun.communication, no derivational pointer to a verb): the thing said, not the saying (rules 98, 99).")
    print("# transitive: yes when every frame of that verb sense (of each sense whose gloss the row carries) has a")
    print("# noun object and a sense WordNet ranks before it has a frame without one.")
    print("lemma\tpos\ttype\trank\tsenses\tfirst\tfile\twritten\tact\tobject\tmessage\ttransitive")
    header = None
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        lemma, pos = row["lemma"], row["pos"]
        p = "v" if pos == "VERB" else "n"
        offsets = wn.index.get((lemma.replace(" ", "_"), p), [])
        glosses = [g.split(":", 1)[1].strip() for g in row["sense"].split(";") if g.strip().startswith("sense:")]
        rank = ""
        if glosses:
            for i, off in enumerate(offsets, 1):
                if any(wn.synsets[(p, off)]["gloss"].startswith(g) for g in glosses):
                    rank = str(i)
                    break
        if not rank and p == "n" and glosses:  # a noun with its verb's gloss ("+derived"): the
            # position of the noun sense derived from that verb sense ("ticket" from fining is the
            # noun's third sense, a summons; its first is a document of entitlement)
            rank = next((str(i) for i, off in enumerate(offsets, 1)
                         if any(sym == "+" and pp == "v" and any(wn.synsets[("v", voff)]["gloss"].startswith(g)
                                                                 for g in glosses)
                                for sym, voff, pp, _s, _t in wn.synsets[(p, off)]["ptrs"])), "")
        if not rank and p == "n":  # a noun without a gloss, or with its verb's gloss ("+derived")
            rank = next((str(i) for i, off in enumerate(offsets, 1)
                         if wn.synsets[(p, off)]["lexfile"] in EVENT_NOUN_FILES), "")
        first = LEXNAMES.get(wn.synsets[(p, offsets[0])]["lexfile"], "") if offsets else ""
        own = (p, offsets[int(rank) - 1]) if rank and int(rank) <= len(offsets) else None
        file = LEXNAMES.get(wn.synsets[own]["lexfile"], "") if own else ""
        written = "yes" if own and p == "n" and WRITTEN in hypernyms(wn, own) else ""
        act = ""
        if own and p == "n":
            def derived(key) -> bool:  # a noun sense made from the row's verb sense ("indictment" <- "indict")
                return any(sym == "+" and pp == "v" and any(wn.synsets[("v", voff)]["gloss"].startswith(g)
                                                            for g in glosses)
                           for sym, voff, pp, _s, _t in wn.synsets[key]["ptrs"])
            if wn.synsets[own]["lexfile"] in ACT_FILES or derived(own) or any(
                    wn.synsets[("n", off)]["lexfile"] in ACT_FILES and derived(("n", off)) for off in offsets):
                act = "yes"
        frames = wn.synsets[own]["frames"] if own and p == "v" else set()
        needs = "yes" if frames and not frames & (OBJECTLESS_FRAMES | INFINITIVE_FRAMES) and any(
            wn.synsets[(p, off)]["frames"] & INFINITIVE_FRAMES for off in offsets if (p, off) != own) else ""
        message = "yes" if own and p == "n" and (
            said(wn, own) or any(said(wn, ("n", off)) for off in offsets[:2])) else ""
        # the row's verb senses: each sense whose gloss it carries ("suspend" both bars someone and stops something)
        meant = [(p, off) for off in offsets if any(wn.synsets[(p, off)]["gloss"].startswith(g) for g in glosses)] \
            if own and p == "v" else []
        every = set().union(*(wn.synsets[k]["frames"] for k in meant))
        transitive = "yes" if every and every <= NOUN_OBJECT_FRAMES and any(
            wn.synsets[(p, off)]["frames"] - NOUN_OBJECT_FRAMES for off in offsets[:int(rank) - 1]) else ""
        print(f"{lemma}\t{pos}\t{row['type']}\t{rank}\t{len(offsets)}\t{first}\t{file}\t{written}\t{act}\t{needs}"
              f"\t{message}\t{transitive}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
