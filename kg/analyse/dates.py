"""Dates: a DATE mention resolved against the article's publication date when that is known."""
from __future__ import annotations

from datetime import date, timedelta

from .. import lexicons
from ..read import parse_date

def resolve(text: str, published: date | None) -> str | None:
    """An ISO date for "Wednesday", "on Friday", "today", "yesterday", "last Monday", "last week"
    (a week before: the day of the week it is counted from) or a written date."""
    words = lexicons.load().words
    low = text.lower().strip()
    first, space, rest = low.partition(" ")
    if space and first in words["date_prepositions"]:  # "on Friday"
        low = rest
    explicit = parse_date(text)
    if explicit:
        return explicit.isoformat()
    if published is None:
        return None
    if low in words["today_words"]:
        return published.isoformat()
    if low in words["yesterday_words"]:
        return (published - timedelta(days=1)).isoformat()
    if low in words["last_week_words"]:  # the same weekday a week before: the day the week is counted from
        return (published - timedelta(days=7)).isoformat()
    if low in words["tomorrow_words"]:
        return (published + timedelta(days=1)).isoformat()
    for i, day in enumerate(lexicons.load().weekdays):
        if day in low.split():
            back = (published.weekday() - i) % 7
            if low.startswith(tuple(words["next_words"])):
                return (published + timedelta(days=(i - published.weekday()) % 7 or 7)).isoformat()
            if low.startswith(tuple(words["last_words"])) and back == 0:
                back = 7
            return (published - timedelta(days=back)).isoformat()
    return None
