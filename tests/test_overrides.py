"""A researcher's corrections: merge, alias and reject, applied on every build."""
import pytest
from click.testing import CliRunner

from beleidsgraaf import api
from beleidsgraaf.builders.overrides import OverridesError, load
from beleidsgraaf.cli import main

LETTER = ("Geachte voorzitter,\n\nHet kabinet zal met de Stichting Thuis Beter overleggen over de P-wet. "
          "Ook de Stichting Thuisbeter Nederland praat mee. Voorgesteld wordt dat Kamerlid Jansen meedenkt.\n")


def _labels(store, type_):
    return sorted(r[0] for r in api.query(f"SELECT DISTINCT ?l WHERE {{ ?e a bg:{type_} ; skos:prefLabel ?l }}",
                                           store=store).rows)


def test_merge_alias_and_reject_are_applied_and_survive_a_rebuild(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "brief.txt").write_text(LETTER, encoding="utf-8")
    store = tmp_path / "store"
    api.build([tmp_path / "docs"], store=store)
    orgs = _labels(store, "Organisation")
    assert "Stichting Thuis Beter" in orgs and "Stichting Thuisbeter Nederland" in orgs
    assert "Participatiewet" not in _labels(store, "Law")

    rules = tmp_path / "overrides.toml"
    rules.write_text("""
[[merge]]
into = "organisation:stichting-thuis-beter"
from = ["https://w3id.org/beleidsgraaf/id/organisation/stichting-thuisbeter-nederland"]

[[alias]]
entity = "law:BWBR0015703"
name = "P-wet"

[[reject]]
text = "Jansen"
type = "Person"
""", encoding="utf-8")
    report = api.build([tmp_path / "docs"], store=store, overrides=rules)
    assert report.changed == ["docs/brief.txt"]          # new corrections rebuild the document
    assert [o for o in _labels(store, "Organisation") if "Thuis" in o] == ["Stichting Thuis Beter"]
    assert "Participatiewet" in _labels(store, "Law")
    law = api.query("SELECT ?s WHERE { ?e skos:prefLabel 'Participatiewet' ; owl:sameAs ?s }", store=store).rows
    assert law == [["https://wetten.overheid.nl/BWBR0015703"]]
    assert "Jansen" not in _labels(store, "Person")
    again = api.build([tmp_path / "docs"], store=store, overrides=rules)
    assert again.unchanged == ["docs/brief.txt"]
    assert "Participatiewet" in _labels(store, "Law")


@pytest.mark.parametrize("text,fragment", [
    ("[[merge]]\ninto = 'x'\nfrom = ['organisation:a']\n", "neither an entity key"),
    ("[[alias]]\nentity = 'programme:nieuw'\nname = 'Nieuw Plan'\n", "give a type"),
    ("[[rejet]]\ntext = 'x'\n", "unknown section"),
    ("[[reject]]\ntype = 'Person'\n", "lacks the field"),
    ("not toml at all [", "not valid TOML"),
])
def test_a_bad_overrides_file_is_named_with_the_reason(tmp_path, text, fragment):
    path = tmp_path / "fout.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OverridesError) as err:
        load(path)
    assert "fout.toml" in str(err.value) and fragment in str(err.value)


def test_cli_build_takes_overrides_and_fails_cleanly_on_a_bad_file(tmp_path):
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "fout.toml").write_text("[[rejet]]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "brief.txt"), "--store", str(tmp_path / "s"),
                                       "--overrides", str(tmp_path / "fout.toml"), "--quiet"])
    assert result.exit_code == 1 and "fout.toml" in result.output and "Traceback" not in result.output
