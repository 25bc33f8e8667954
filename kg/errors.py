"""Errors every stage may raise and the command line reports in one line, kept apart from the stages
so that reporting one never loads them (``kg query`` must not import spaCy to name a model error)."""
from __future__ import annotations


class ModelError(Exception):
    """A spaCy pipeline that is not installed or lacks a component the analysis needs."""
