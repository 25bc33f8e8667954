"""Real SPARQL servers for the tests: Oxigraph server (the `oxigraph` PyPI package's binary) and
OpenLink Virtuoso (Debian's virtuoso-opensource), each started on a free port in a temporary
folder and stopped afterwards; a test that needs one skips with the reason when it cannot start."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, seconds: float, auth=None) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            return False
        try:
            r = requests.post(url, data={"query": "ASK { }"}, timeout=5, auth=auth,
                              headers={"Accept": "application/sparql-results+json"})
            if r.status_code == 200:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.3)
    return False


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def oxigraph_server(folder: Path):
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("Oxigraph server is not installed (pip install oxigraph: the package ships the binary)")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/query"
        if not _wait(url, proc, 30):
            pytest.skip("Oxigraph server did not start")
        yield {"url": url, "user": None, "password": None, "name": "oxigraph"}
    finally:
        _stop(proc)


@contextmanager
def virtuoso_server(folder: Path):
    exe = shutil.which("virtuoso-t")
    if exe is None or not VIRTUOSO_INI.exists():
        pytest.skip("OpenLink Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run does)")
    http, sql = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text(encoding="utf-8")
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db", str(folder))
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b.*$", f"ServerPort = {sql}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b.*$", f"ServerPort = 127.0.0.1:{http}", ini)
    ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", "ResultSetMaxRows = 10000000", ini)  # default 10,000 rows
    ini = re.sub(r"(?m)^NumberOfBuffers\s*=.*$", "NumberOfBuffers = 20000", ini)
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    log = open(folder / "console.log", "wb")
    proc = subprocess.Popen([exe, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{http}/sparql-auth"  # updates need an authenticated user (dba)
        if not _wait(f"http://127.0.0.1:{http}/sparql", proc, 60):
            pytest.skip("Virtuoso did not start: " + (folder / "console.log").read_text(errors="replace")[-300:])
        yield {"url": url, "user": "dba", "password": "dba", "name": "virtuoso"}
    finally:
        _stop(proc)
        log.close()


def clear(server: dict) -> None:
    """Remove every graph the tool writes (the server's own graphs stay)."""
    from kg.remote import RemoteStore

    st = RemoteStore(server["url"], user=server["user"], password=server["password"])
    graphs = {q.graph_name for q in st.quads_for_pattern()}
    if graphs:
        st.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs))


def by_value(quads) -> set[tuple[str, ...]]:
    """Quads compared by value: servers normalise literals ("0.90" is stored as "0.9")."""
    out = set()
    for q in quads:
        o = q.object
        if isinstance(o, ox.Literal) and o.datatype.value.endswith("#decimal"):
            o = f"decimal:{Decimal(o.value).normalize()}"
        elif isinstance(o, ox.Literal) and o.datatype.value.endswith("#boolean"):
            o = f"boolean:{o.value in ('1', 'true')}"
        out.add((str(q.subject), str(q.predicate), str(o), str(q.graph_name)))
    return out


def env_with_password(server: dict) -> dict:
    env = dict(os.environ)
    if server["password"]:
        env["KG_STORE_PASSWORD"] = server["password"]
    return env
