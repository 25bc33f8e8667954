"""The layering of the pipeline: read → analyse → map → store → use (``.importlinter``)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", ["kg.map", "kg.store", "kg.query", "kg.network", "kg.view", "kg.output",
                                    "kg.validate", "kg.records", "kg.vocab"])
def test_downstream_modules_load_no_analysis(module):
    loaded = _modules_after(f"import {module}")
    assert "spacy" not in loaded and "kg.analyse" not in loaded, module


def test_import_contracts_hold():
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([exe, "--config", str(ROOT / ".importlinter")], capture_output=True, text=True,
                         cwd=ROOT, env=env)
    assert out.returncode == 0, out.stdout[-2000:]
    assert "0 broken" in out.stdout


def test_a_query_from_the_command_line_loads_no_model(tmp_path):
    """`kg query` answers without importing spaCy: its error reporting names a model error without
    loading the analysis (seconds of start-up on every query otherwise)."""
    data = tmp_path / "g.nt"
    data.write_text('<https://example.org/a> <https://schema.org/name> "A" .\n', encoding="utf-8")
    code = ("import sys; from kg import cli; sys.argv = ['kg', 'query', 'SELECT ?n WHERE { ?s schema:name ?n }', "
            f"'--graph', {str(data)!r}, '-f', 'csv']\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "print('LOADED', 'spacy' in sys.modules, 'kg.analyse' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert "n\nA" in out.stdout.replace("\r", ""), out.stdout + out.stderr
    assert "LOADED False False" in out.stdout


def test_the_analysis_and_the_mapper_import_at_module_level_only():
    """No import inside a function in kg/analyse or kg/map: an import there hid a cycle once; the
    layering check (lint-imports) sees module-level imports only."""
    import ast

    root = Path(__file__).resolve().parents[1]
    inside = []
    for path in sorted([*(root / "kg" / "analyse").rglob("*.py"), *(root / "kg" / "map").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inside += [f"{path.relative_to(root)}:{n.lineno}" for n in ast.walk(node)
                           if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not inside, inside
