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


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float, describe_exit=lambda: "") -> None:
    """Poll ``url`` until it answers; fail with the reason when ``proc`` ends first or time runs out."""
    deadline = time.time() + seconds
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the server ended: {describe_exit()}")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def stop(proc: subprocess.Popen, seconds: float) -> None:
    proc.terminate()
    try:
        proc.wait(seconds)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextmanager
def serving(store: Path, *args: str):
    port = free_port()
    exe = Path(sys.executable).parent / "beleidsgraaf"
    proc = subprocess.Popen([str(exe), "serve", "--store", str(store), "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/sparql?query=ASK%7B%7D", proc, 60, lambda: proc.stdout.read())
        yield url
    finally:
        stop(proc, 10)
