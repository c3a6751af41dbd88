"""Headless Chromium (Debian's, installed by the Makefile) driven by Playwright, for the view tests
and the view benchmark."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager

CHROMIUM = os.environ.get("BELEIDSGRAAF_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# the flags keep Chromium from reaching for Google's services, which a closed network refuses
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-default-apps", "--mute-audio"]


@contextmanager
def browser():
    from playwright.sync_api import sync_playwright
    if not os.path.exists(CHROMIUM):
        raise RuntimeError(f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium package")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A page with every request, script error and dialog it causes recorded."""

    def __init__(self, b, url: str, width: int = 1400, height: int = 900):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = b.new_page(viewport={"width": width, "height": height})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = url
        self.page.goto(url)
        self.page.wait_for_function("document.body.getAttribute('data-ready') === '1'", timeout=60000)

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if u != self.url]
