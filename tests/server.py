"""Start `beleidsgraaf serve` in a subprocess on a free loopback port, for tests and benchmarks."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(store: Path, *args: str):
    port = free_port()
    exe = Path(sys.executable).parent / "beleidsgraaf"
    proc = subprocess.Popen([str(exe), "serve", "--store", str(store), "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server ended: {proc.stdout.read()}")
            try:
                urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
