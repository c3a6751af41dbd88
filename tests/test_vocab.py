import ast
from importlib import resources
from pathlib import Path

import rdflib

from beleidsgraaf.graph.vocab import BG, DEF


def ontology_terms():
    g = rdflib.Graph()
    g.parse(data=(resources.files("beleidsgraaf.ontology") / "beleidsgraaf.ttl").read_text(encoding="utf-8"), format="turtle")
    return {str(s)[len(DEF):] for s in g.subjects() if str(s).startswith(DEF)}


def test_closed_namespace_matches_the_ontology():
    declared = set(BG.__annotations__)
    assert declared <= ontology_terms()
    assert ontology_terms() - declared == set()


def test_a_typo_is_an_attribute_error():
    import pytest
    with pytest.raises(AttributeError):
        BG.Comitment  # noqa: B018


def test_imports_run_one_way():
    """builders never import exports or api; exports never import builders."""
    root = Path(__file__).resolve().parent.parent
    for sub, banned in (("builders", ("exports", "api", "cli")), ("exports", ("builders", "api", "cli")),
                        ("graph", ("builders", "exports", "api", "cli"))):
        for f in (root / sub).glob("*.py"):
            tree = ast.parse(f.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module:
                    first = node.module.split(".")[0] if node.level >= 2 else ""
                    assert first not in banned, f"{f.name} imports {node.module}"


def test_the_stats_query_counts_every_class_of_the_ontology():
    import re

    from beleidsgraaf.graph import queries
    g = rdflib.Graph()
    g.parse(data=(resources.files("beleidsgraaf.ontology") / "beleidsgraaf.ttl").read_text(encoding="utf-8"), format="turtle")
    classes = {str(s)[len(DEF):] for s in g.subjects(rdflib.RDF.type, rdflib.OWL.Class) if str(s).startswith(DEF)}
    assert set(re.findall(r"\bbg:(\w+)", queries.load("stats"))) == classes
