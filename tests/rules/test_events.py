"""Events: trigger words with their participants, places and resolved dates."""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse import dates

from .helpers import analyse


def test_events_with_participants_place_and_resolved_weekday(analyser):
    text = "The teachers union announced a boycott of the summit in Geneva on Friday."
    _, rec = analyse(analyser, text, published=date(2021, 5, 12))  # a Wednesday
    kinds = {e.kind: e for e in rec.events}
    assert "boycott" in kinds
    ev = kinds["boycott"]
    assert "Geneva" in {rec.entities[i].name for i in ev.places | ev.targets | ev.attendees}
    assert ev.time_text == "Friday" and ev.date == "2021-05-07"


def test_hypothetical_and_quoted_triggers_are_not_events(analyser):
    text = ('The agency said subpoenas would be issued. "We will protest," the union leader said.')
    _, rec = analyse(analyser, text)
    assert not {e.kind for e in rec.events} & {"subpoena", "protest"}


@pytest.mark.parametrize("text,expected", [
    ("Wednesday", "2021-05-12"), ("Monday", "2021-05-10"), ("yesterday", "2021-05-11"),
    ("last Wednesday", "2021-05-05"), ("June 3, 2020", "2020-06-03"), ("next week", None),
])
def test_dates_resolve_against_publication(text, expected):
    assert dates.resolve(text, date(2021, 5, 12)) == expected
