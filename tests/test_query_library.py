"""The query library: every query runs, answers what it says, and binds its parameters."""
import pytest
from click.testing import CliRunner

from beleidsgraaf import api
from beleidsgraaf.cli import main
from beleidsgraaf.errors import QueryError


def test_every_library_query_has_a_description_and_runs_with_example_parameters(examples_store):
    examples = {"law": "Participatiewet", "first": "Participatiewet", "second": "Sociale Zaken"}
    lib = api.library()
    assert {"who_promised_what", "commitments_about_law", "motion_followup", "overdue",
            "requests_per_organisation", "documents_mentioning_both", "most_connected_actors"} <= set(lib)
    for name, q in lib.items():
        assert q.description and not q.description.startswith("SELECT")
        params = {p.name: examples[p.name] for p in q.params if p.default is None}
        result = api.query_named(name, store=examples_store, params=params)
        assert result.rows, name
        assert not {p.name for p in q.params} & set(result.variables)


def test_overdue_binds_its_date_and_answers_only_late_unfinished_commitments(examples_store):
    rows = api.query_named("overdue", store=examples_store, params={"as_of": "2026-01-01"}).to_dataframe()
    assert len(rows) and (rows["dueDate"] < "2026-01-01").all() and (rows["status"] != "Done").all()
    earlier = api.query_named("overdue", store=examples_store, params={"as_of": "2025-01-01"}).to_dataframe()
    assert len(earlier) < len(rows)


def test_who_promised_what_filters_on_the_actor_name_or_abbreviation(examples_store):
    szw = api.query_named("who_promised_what", store=examples_store, params={"actor": "SZW"}).to_dataframe()
    assert len(szw) and set(szw["actorLabel"]) == {"Ministerie van Sociale Zaken en Werkgelegenheid"}
    everyone = api.query_named("who_promised_what", store=examples_store).to_dataframe()
    assert len(everyone) > len(szw)


def test_a_parameter_is_a_value_not_query_text(examples_store):
    sneaky = api.query_named("who_promised_what", store=examples_store,
                             params={"actor": '") ) } UNION { ?x ?y ?z } #'})
    assert sneaky.rows == []


@pytest.mark.parametrize("name,params,fragment", [
    ("overdue", {"as_of": "morgen"}, "not a date"),
    ("overdue", {"when": "2025-01-01"}, "has no parameter when"),
    ("commitments_about_law", {}, "needs --param law"),
    ("bestaat_niet", {}, "no library query named"),
])
def test_bad_parameters_are_named(examples_store, name, params, fragment):
    with pytest.raises(QueryError) as err:
        api.query_named(name, store=examples_store, params=params)
    assert fragment in str(err.value)


def test_cli_lists_and_runs_library_queries(examples_store):
    runner = CliRunner()
    listing = runner.invoke(main, ["query", "--list"])
    assert listing.exit_code == 0 and "overdue: " in listing.output and "--param as_of" in listing.output
    r = runner.invoke(main, ["query", "--store", str(examples_store), "--name", "overdue", "--param",
                             "as_of=2026-01-01", "--format", "csv"])
    assert r.exit_code == 0 and r.output.startswith("actorLabel,dueDate")
    bad = runner.invoke(main, ["query", "--store", str(examples_store), "--name", "overdue", "--param", "x"])
    assert bad.exit_code == 2 and "KEY=VALUE" in bad.output
