"""spaCy tokens are compared by value, never by identity.

A ``Token`` (and a ``Span``) is a view made anew each time it is read — ``tok.head``, ``span.root``,
``doc[i]`` — so ``tok.head is tok`` is never true, not even for a sentence's root, and a loop that
climbs heads "until the root" with ``is not`` never stops by that test. Every module of ``kg/analyse``
is parsed (ast): an ``is``/``is not`` whose side reads ``.head`` or ``.root`` fails unless the other
side is ``None``. (A subscript cannot be told apart from a list's item by the ast: those are read by
hand — a list's item is the same object each time, a doc's is not.)
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted((ROOT / "kg" / "analyse").rglob("*.py"))
VIEWS = {"head", "root"}


def _reads_view(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr in VIEWS


def identity_comparisons(tree: ast.AST) -> list[int]:
    """Line numbers of ``is``/``is not`` comparisons of a token view with anything but None."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, sides, sides[1:]):
            if not isinstance(op, (ast.Is, ast.IsNot)):
                continue
            if any(isinstance(s, ast.Constant) and s.value is None for s in (left, right)):
                continue
            if _reads_view(left) or _reads_view(right):
                lines.append(node.lineno)
    return lines


def test_a_token_view_is_made_anew(analyser):
    doc = analyser.nlp("The mayor spoke to reporters.")
    root = doc[2]
    assert root.dep_ == "ROOT"
    assert root.head == root and root.head is not root
    assert doc[0] == doc[0] and doc[0] is not doc[0]


def test_the_check_finds_identity_comparisons():
    found = identity_comparisons(ast.parse("a = t.head is t\nb = t.head is not None\nc = tok is not span.root\n"))
    assert found == [1, 3]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_token_compared_by_identity(path):
    lines = identity_comparisons(ast.parse(path.read_text(encoding="utf-8")))
    assert not lines, f"{path.relative_to(ROOT)}: tokens compared with 'is' at lines {lines} (use ==)"
