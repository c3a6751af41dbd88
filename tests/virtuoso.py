"""A private Virtuoso (Debian's virtuoso-opensource, installed by the Makefile) on loopback, with its
own configuration and data folder, for the interoperability tests and the external-store path."""
from __future__ import annotations

import re
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

from .server import free_port, stop, wait_until_up

PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
ISQL = shutil.which("isql-vt") or "/usr/bin/isql-vt"
# parameters of the library queries for comparing answers across stores
EXAMPLE_PARAMS = {"law": "Participatiewet", "first": "Participatiewet", "second": "Sociale Zaken",
                  "as_of": "2026-01-01"}
_FILES = ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file")


def configure(folder: Path, sql_port: int, http_port: int) -> Path:
    """A copy of the packaged virtuoso.ini with every database, log, lock and transaction file (the
    [TempDatabase] section's too) in ``folder``, ``folder`` in DirsAllowed, both ports moved."""
    out, section = [], None
    for line in PACKAGED_INI.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\[(.+)\]", line)
        if m:
            section = m.group(1)
        key = line.split("=", 1)[0].strip()
        if "=" in line and key in _FILES and not line.lstrip().startswith(";"):
            name = Path(line.split("=", 1)[1].strip()).name
            line = f"{key} = {folder / name}"
        elif key == "DirsAllowed" and section == "Parameters":
            line = f"{line.rstrip()}, {folder}"
        elif key == "ServerPort" and section == "Parameters":
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif key == "ServerPort" and section == "HTTPServer":
            line = f"ServerPort = 127.0.0.1:{http_port}"
        out.append(line)
    ini = folder / "virtuoso.ini"
    ini.write_text("\n".join(out) + "\n", encoding="utf-8")
    return ini


class Virtuoso:
    def __init__(self, folder: Path, sql_port: int, http_port: int):
        self.folder, self.sql_port, self.http_port = folder, sql_port, http_port
        self.sparql = f"http://127.0.0.1:{http_port}/sparql"

    def isql(self, sql: str) -> str:
        r = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0 or "*** Error" in r.stdout:
            raise RuntimeError(f"isql: {sql}: {r.stdout} {r.stderr}")
        return r.stdout

    def load(self, path: Path) -> None:
        """Bulk-load one RDF file (format by extension: .nq, .trig, .ttl into its default graph)."""
        target = self.folder / path.name
        shutil.copy(path, target)
        self.isql(f"ld_dir('{self.folder}', '{path.name}', 'urn:beleidsgraaf:default')")
        self.isql("rdf_loader_run()")
        self.isql("checkpoint")
        errors = self.isql(f"SELECT ll_error FROM DB.DBA.load_list WHERE ll_file LIKE '%{path.name}' "
                           "AND ll_error IS NOT NULL")
        if re.search(r"\b\d+ Rows", errors) and not re.search(r"\b0 Rows", errors):
            raise RuntimeError(f"Virtuoso could not load {path.name}: {errors}")


@contextmanager
def virtuoso(folder: Path):
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = configure(folder, sql_port, http_port)
    proc = subprocess.Popen([VIRTUOSO, "-f", "-c", str(ini)], cwd=folder, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    v = Virtuoso(folder, sql_port, http_port)
    log = folder / "virtuoso.log"
    try:
        wait_until_up(v.sparql + "?query=ASK%7B%7D", proc, 120,
                      lambda: log.read_text(errors="replace")[-2000:] if log.exists() else "")
        yield v
    finally:
        stop(proc, 30)
