"""The word lists the extraction rules use, read from the tab-separated files in ``kg/lexicons``.

Each file has one entry a line, ``#`` comments, and columns separated by tabs. Nothing here is
fitted to any article: these are general lists of titles, verbs, demonyms and abbreviations.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kg.lexicons").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


def _plurals(titles: list[str]) -> dict[str, str]:
    """English plurals of the titles ("mayors", "spokesmen", "secretaries"), never an abbreviation
    and never a form that is itself a title."""
    out = {}
    for t in titles:
        if "." in t or t.endswith("s") or " of " in t:
            continue
        head, _, last = t.rpartition(" ")
        if last.endswith("man"):
            plural = last[:-3] + "men"
        elif last.endswith("y") and last[-2:-1] not in set("aeiou"):
            plural = last[:-1] + "ies"
        elif last.endswith(("sh", "ch", "x")):
            plural = last + "es"
        else:
            plural = last + "s"
        form = f"{head} {plural}" if head else plural
        if form not in titles:
            out[form] = t
    return out


@dataclass(frozen=True)
class Lexicons:
    titles: dict[str, tuple[str, str]]  # title -> (concept, gender)
    title_labels: dict[str, str]  # abbreviation -> the title written out ("sen." -> "Senator")
    title_plurals: dict[str, str]  # "prime ministers" -> "prime minister" (derived from the titles)
    honorifics: dict[str, str]  # honorific without dot -> gender
    status: dict[str, str]  # "former" -> "former"
    speech_verbs: dict[str, str]  # lemma -> class
    object_verbs: frozenset[str]  # cue verbs whose direct object is what was said ("called him a liar")
    intention_verbs: frozenset[str]  # "plan", "refuse": cues whose content is an infinitive ("X plans to …")
    evidence_verbs: frozenset[str]  # "show", "find": cues whose content is a that-clause ("a survey shows that …")
    demonyms: dict[str, str]  # adjective -> country
    parties: dict[str, str]  # adjective -> party name
    party_letters: dict[str, str]  # "R" -> "Republican Party" (in "X (R-Texas)")
    place_abbrev: dict[str, str]  # "Calif." -> "California"
    institutions: dict[str, str]  # "White House" -> "ORG"
    event_words: dict[tuple[str, str], str]  # (lemma, "NOUN"/"VERB") -> kind
    event_phrases: dict[str, str]  # "press conference" -> kind
    place_words: frozenset[str]  # "city", "county": generic, never a name alone
    occupations: dict[str, str]  # "analyst" -> role concept: affiliations that are not offices
    affiliation_verbs: frozenset[str]  # "work" ("X works for Y"): verbs that state an affiliation
    voice_nouns: frozenset[str]  # "spokesman", "campaign": those who speak for someone ("X's campaign said")
    group_nouns: frozenset[str]  # "official", "leader": members who speak for their body ("Pentagon officials said")
    person_nouns: frozenset[str]  # "front-runner": a noun that refers back to a person just named
    title_modifiers: frozenset[str]  # "new", "longtime": words that qualify a title and name nothing
    org_heads: frozenset[str]  # "academy", "gazette": a name ending in one is an organisation's
    org_cues_before: frozenset[str]  # "carmaker", "daily": a class noun right before an organisation's name
    org_cues_after: frozenset[str]  # "shares", "inc": a corporate word right after an organisation's name
    source_nouns: frozenset[str]  # "poll", "report", "historian": sources of findings that are no entity
    finding_nouns: frozenset[str]  # "poll", "survey": "in" one of them states a finding
    speaker_nouns: dict[str, str]  # "aide" -> "person", "police" -> "group": sources no name gives


@lru_cache(maxsize=1)
def load() -> Lexicons:
    ev_words, ev_phrases = {}, {}
    for lemma, pos, kind in _rows("event_triggers.tsv"):
        if pos == "PHRASE":
            ev_phrases[lemma] = kind
        else:
            ev_words[(lemma, pos)] = kind
    return Lexicons(
        titles={r[0]: (r[1], r[2] if len(r) > 2 else "-") for r in _rows("titles.tsv")},
        title_labels={r[0]: r[3] for r in _rows("titles.tsv") if len(r) > 3 and r[3]},
        title_plurals=_plurals([r[0] for r in _rows("titles.tsv")]),
        honorifics={r[0]: r[1] for r in _rows("honorifics.tsv")},
        status={r[0]: r[1] for r in _rows("status.tsv")},
        speech_verbs={r[0]: r[1] for r in _rows("speech_verbs.tsv")},
        object_verbs=frozenset(r[0] for r in _rows("speech_verbs.tsv") if len(r) > 2 and r[2] == "object"),
        intention_verbs=frozenset(r[0] for r in _rows("speech_verbs.tsv") if r[1] == "intention"),
        evidence_verbs=frozenset(r[0] for r in _rows("speech_verbs.tsv") if r[1] == "evidence"),
        demonyms={r[0]: r[1] for r in _rows("demonyms.tsv")},
        parties={r[0]: r[1] for r in _rows("parties.tsv")},
        party_letters={r[0]: r[1] for r in _rows("party_abbrev.tsv")},
        place_abbrev={r[0]: r[1] for r in _rows("places_abbrev.tsv")},
        institutions={r[0]: r[1] for r in _rows("institutions.tsv")},
        event_words=ev_words,
        event_phrases=ev_phrases,
        place_words=frozenset(r[0] for r in _rows("place_words.tsv")),
        occupations={r[0]: r[1] for r in _rows("occupations.tsv")},
        affiliation_verbs=frozenset(r[0] for r in _rows("affiliation_verbs.tsv")),
        voice_nouns=frozenset(r[0] for r in _rows("voice_nouns.tsv")),
        group_nouns=frozenset(r[0] for r in _rows("group_nouns.tsv")),
        person_nouns=frozenset(r[0] for r in _rows("person_nouns.tsv")),
        title_modifiers=frozenset(r[0] for r in _rows("title_modifiers.tsv")),
        org_heads=frozenset(r[0] for r in _rows("org_heads.tsv")),
        org_cues_before=frozenset(r[0] for r in _rows("org_cues.tsv") if r[1] == "before"),
        org_cues_after=frozenset(r[0] for r in _rows("org_cues.tsv") if r[1] == "after"),
        source_nouns=frozenset(r[0] for r in _rows("source_nouns.tsv")),
        finding_nouns=frozenset(r[0] for r in _rows("source_nouns.tsv") if len(r) > 1 and r[1] == "in"),
        speaker_nouns={r[0]: r[1] for r in _rows("speaker_nouns.tsv")},
    )
