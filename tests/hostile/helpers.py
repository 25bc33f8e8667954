"""Shared tools of the hostile-input tests: a loopback listener that counts connections, and
running Python or the CLI in a child process so that a crash shows as a signal, not as the end
of the test run."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
from contextlib import contextmanager


@contextmanager
def listener():
    """A TCP listener on 127.0.0.1 that accepts and counts connections (never answers)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.1)
    hits: list[int] = []
    conns = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
                hits.append(1)
                conns.append(conn)
            except OSError:
                pass

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        yield srv.getsockname()[1], hits
    finally:
        stop.set()
        t.join()
        for c in conns:
            c.close()
        srv.close()


def python(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)


def kg(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=timeout)
