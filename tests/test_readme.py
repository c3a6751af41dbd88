"""The README's SPARQL example returns the rows the README shows, on examples/."""
import re
from pathlib import Path

from beleidsgraaf import api

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_sparql_example(examples_store):
    text = README.read_text(encoding="utf-8")
    sparql = re.search(r"```sparql\n(.*?)```", text, re.S).group(1)
    table = text[text.index("| actor | due | quote |"):]
    expected = []
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        expected.append([c.strip() for c in line.strip("|").split("|")])
    rows = api.query(sparql, store=examples_store).rows
    assert [[a, d, q] for a, d, q in rows] == expected
