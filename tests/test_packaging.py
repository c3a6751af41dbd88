"""A normal (not editable) wheel carries what the code reads at run time, and no tests or notebooks."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contents(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.fail(r.stderr[-2000:])
    wheel = next(tmp_path.glob("beleidsgraaf-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("beleidsgraaf/ontology/beleidsgraaf.ttl", "beleidsgraaf/ontology/shapes.ttl",
                   "beleidsgraaf/ontology/reference/laws.csv", "beleidsgraaf/graph/queries/commitments.rq",
                   "beleidsgraaf/cli.py", "beleidsgraaf/builders/analyse.py"):
        assert needed in names
    assert not [n for n in names if n.startswith(("beleidsgraaf/tests/", "beleidsgraaf/notebooks/"))
                or n.endswith("conftest.py")]
