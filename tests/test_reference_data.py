"""The hand-written reference tables under ontology/reference agree with the verified sources in ../shared/reference
they cite: every BWB id they give is one the source has, and a treaty carries the source's own title."""
import csv
import re

import pytest

from beleidsgraaf.builders import gazetteer as gz

from .conftest import ROOT, SHARED


def _source_laws():
    path = SHARED / "reference" / "laws.csv"
    if not path.is_file():
        pytest.skip("../shared/reference is not beside the checkout")
    with open(path, encoding="utf-8") as fh:
        return {r["bwb_id"]: r for r in csv.DictReader(fh)}


def _rows(name):
    with open(ROOT / "ontology" / "reference" / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_curated_law_is_a_bwb_id_the_source_has_and_a_treaty_keeps_its_title():
    source = _source_laws()
    curated = _rows("law_titles.csv") + _rows("law_abbreviations.csv")
    assert curated and all(r["bwb_id"] in source for r in curated), [r["bwb_id"] for r in curated if r["bwb_id"] not in source]
    treaties = [r for r in _rows("law_titles.csv") if r["kind"] == "verdrag"]
    assert treaties and all(r["name"] == source[r["bwb_id"]]["title"] for r in treaties)


def test_a_treaty_by_its_abbreviation_or_common_name_is_the_treaty_of_its_bwb_id():
    laws = gz.laws()
    for name, bwb in (("EVRM", "BWBV0001000"), ("Kinderrechtenverdrag", "BWBV0002508"), ("Verdrag van Istanbul", "BWBV0006074"),
                      ("Europees Verdrag tot bescherming van de rechten van de mens", "BWBV0001000")):
        hits = laws.find(f"Dit volgt uit het {name}.")
        assert [h.key for h in hits] == [f"law:{bwb}"], (name, hits)


def test_every_key_a_reference_table_gives_an_entity_is_plain_ascii_for_its_iri():
    for name in ("organisations.csv", "other_organisations.csv", "programmes.csv"):
        keys = [r["key"] for r in _rows(name)]
        assert keys and all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", k) for k in keys), \
            (name, [k for k in keys if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", k)])
