"""Headless Chromium (Debian's package) driven by Playwright, for the view tests."""
from __future__ import annotations

import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        p = shutil.which(name)
        if p:
            return p
    pytest.skip("Debian's chromium is not installed (.ci/run installs it with apt-get)")


@contextmanager
def open_page(path: Path, tmp_path: Path, viewport=(1400, 900)):
    """The page at ``path`` in a fresh profile; yields (page, console errors, requests, dialogs)."""
    from playwright.sync_api import sync_playwright

    errors, requests, dialogs = [], [], []
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=chromium_path(),
                                                   args=FLAGS, headless=True,
                                                   viewport={"width": viewport[0], "height": viewport[1]})
        try:
            page = ctx.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(path.resolve().as_uri())
            yield page, errors, requests, dialogs
        finally:
            ctx.close()


def wait_stable(page, timeout: float = 60.0) -> float:
    """Seconds until the layout settled (the page's CSP forbids eval, so poll from outside)."""
    t = time.monotonic()
    while not page.evaluate("window.kgStable === true"):
        if time.monotonic() - t > timeout:
            raise AssertionError("the graph never settled")
        time.sleep(0.05)
    return time.monotonic() - t


def drawn_nodes(page) -> int:
    return page.evaluate("kgNetwork.body.nodeIndices.length")
