"""The command line: each command parses its arguments, calls one API function, prints.

Exit codes: 0 success; 1 an error (or some files failed to build); 2 usage; 3 the graph does not
conform to the SHACL shapes.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__, api
from .errors import BeleidsgraafError
from .graph.vocab import DEFAULT_BASE

STORE_HELP = ("store directory, or a SPARQL server as sparql+http://HOST:PORT/PATH[?gsp=…&update=…] "
              "(default ./beleidsgraaf-store or $BELEIDSGRAAF_STORE)")


def _store_address(ctx, param, value):
    """A folder as a Path; a SPARQL server's address as it is (a Path would fold its '//')."""
    from .graph.remote import is_remote
    return value if value is None or is_remote(value) else Path(value)


def _store_option(f):
    return click.option("--store", "store", type=str, envvar="BELEIDSGRAAF_STORE", callback=_store_address,
                        default="beleidsgraaf-store", show_default=True, help=STORE_HELP)(f)


def _fail(err: Exception) -> None:
    click.echo(f"error: {err}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="beleidsgraaf")
def main() -> None:
    """beleidsgraaf: Dutch policy documents in, a knowledge graph of who promised what out."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_option
@click.option("--base", default=None, help="base IRI for instances (default https://w3id.org/beleidsgraaf/id/)")
@click.option("--quiet", is_flag=True, help="no progress bar")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="where to write the JSON build report (default: beside the store)")
@click.option("--overrides", type=click.Path(dir_okay=False, path_type=Path), envvar="BELEIDSGRAAF_OVERRIDES",
              default=None, help="TOML file of corrections (merge, alias, reject) applied to every document "
                                 "[env BELEIDSGRAAF_OVERRIDES]")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="processes for the per-document work [one per core]")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="run the per-document work on this Dask scheduler's cluster")
def build(paths, store, base, quiet, report_path, overrides, jobs, scheduler):
    """Build documents (files or folders) into the store.

    Unchanged files are skipped, changed files replace their graph, files gone from a folder that is
    built again are removed. Exit status 1 when a file could not be built (see the report)."""
    from tqdm import tqdm
    from .builders.sources import discover
    # the bar's total (finding the files again costs a tenth of a small rebuild: not when it is not shown)
    total = 0 if quiet else len(discover(list(paths), exclude=[store] if isinstance(store, Path) else []))
    bar = tqdm(total=total, unit="file", disable=quiet or total < 2, file=sys.stderr)

    def tick(name):
        bar.set_postfix_str(name[-40:], refresh=False)
        bar.update(1)
    try:
        kwargs = {"base": base} if base else {}
        report = api.build(paths, store=store, progress=tick, report_path=report_path, overrides=overrides,
                           jobs=jobs or os.cpu_count() or 1, scheduler=scheduler, **kwargs)
    except BeleidsgraafError as err:
        bar.close()
        _fail(err)
    except KeyboardInterrupt:
        bar.close()
        click.echo("interrupted: every document written so far is whole; build again to finish", err=True)
        sys.exit(130)
    bar.close()
    for p in report.problems:
        click.echo(f"{'skipped' if p.severity == 'error' else 'note'}: {p.path}: {p.message} [{p.code}]", err=True)
    click.echo(f"built {report.built} (added {len(report.added)}, changed {len(report.changed)}), "
               f"removed {len(report.removed)}, unchanged {len(report.unchanged)}, failed {report.failed}, "
               f"duplicates {len(report.duplicates)}")
    if report.report_path:
        click.echo(f"  report: {report.report_path}")
    click.echo("  " + ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items())))
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="read the query from a file")
@click.option("--name", "name", default=None, help="run a query of the library by name (see --list)")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a parameter of a library query")
@click.option("--list", "list_", is_flag=True, help="list the library's queries and their parameters")
@_store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(sparql, file, name, params, list_, store, fmt):
    """Run a SPARQL SELECT query over all documents, or a query of the library by name."""
    if list_:
        for q in api.library().values():
            click.echo(f"{q.name}: {q.description}")
            for p in q.params:
                default = "required" if p.default is None else f"default {p.default!r}"
                click.echo(f"    --param {p.name}=… ({p.type}, {default}): {p.doc}")
        return
    if sum(map(bool, (sparql, file, name))) != 1:
        raise click.UsageError("give a query, -f FILE or --name NAME (one of them)")
    if params and not name:
        raise click.UsageError("--param goes with --name")
    values = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param {p}: write KEY=VALUE")
        values[key.strip()] = value
    try:
        if name:
            result = api.query_named(name, store=store, params=values)
        else:
            result = api.query(file.read_text(encoding="utf-8") if file else sparql, store=store)
    except BeleidsgraafError as err:
        _fail(err)
    df = result.to_dataframe()
    if fmt == "csv":
        click.echo(df.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(json.dumps({"variables": result.variables, "rows": result.rows}, ensure_ascii=False, indent=1))
    else:
        import pandas as pd
        with pd.option_context("display.max_rows", 500, "display.max_colwidth", 80, "display.width", 200):
            click.echo(df.to_string(index=False) if len(df) else "(no rows)")


@main.command()
@_store_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "nquads", "trig", "jsonld", "ntriples", "csv", "html"]),
              help="an RDF format, or csv/html: the table of commitments and requests per actor")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-text", "no_text", is_flag=True, help="leave the documents' full text (bg:text) out")
def export(store, fmt, output, no_text):
    """Export the whole graph as RDF, or the commitments table as CSV or HTML."""
    try:
        out = api.export(store, fmt, output, include_text=not no_text)
    except BeleidsgraafError as err:
        _fail(err)
    click.echo(f"wrote {out} ({out.stat().st_size} bytes)")


@main.command()
@_store_option
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--preset", type=click.Choice(["all", "ministry", "motion", "overdue"]), default="all",
              show_default=True, help="the whole graph; per ministry; per motie; overdue commitments")
@click.option("--focus", default=None, help="only the neighbourhood of entities whose name contains this "
                                            "(for ministry/motion: which ministry or motie)")
@click.option("--depth", default=None, type=click.IntRange(1, 10), help="steps around the focus [2; overdue 1]")
@click.option("--as-of", "as_of", default=None, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="date against which deadlines are overdue [today]")
def view(store, output, preset, focus, depth, as_of):
    """Write an interactive, self-contained HTML network of who promised what."""
    try:
        out = api.view(store, output, preset=preset, focus=focus, depth=depth,
                       as_of=as_of.date() if as_of else None)
    except BeleidsgraafError as err:
        _fail(err)
    click.echo(f"wrote {out}")


@main.command()
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (loopback unless told otherwise)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--base", default=None, help="base IRI of the store's entities, served under /id/ [https://w3id.org/beleidsgraaf/id/]")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="query worker processes")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="seconds before a query is stopped")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1), help="rows (or triples) per answer at most")
@click.option("--allow-update", is_flag=True, help="accept SPARQL Update from clients that send the token")
@click.option("--token", default=None, envvar="BELEIDSGRAAF_TOKEN", help="bearer token for updates [env BELEIDSGRAAF_TOKEN]")
@click.option("--allow-service", is_flag=True, help="allow federated SERVICE calls in queries")
def serve(store, host, port, base, workers, timeout, max_rows, allow_update, token, allow_service):
    """Serve the store as a SPARQL endpoint (read-only unless told otherwise)."""
    import uvicorn

    from .graph.remote import is_remote
    from .graph.store import default_store_path
    from .serve.app import Settings, create_app
    if is_remote(store):
        _fail(BeleidsgraafError(f"{store} is a SPARQL server already: query it there"))
    try:
        app = create_app(Settings(store=Path(store or default_store_path()), base=base or DEFAULT_BASE,
                                  workers=workers, timeout=timeout, max_rows=max_rows, allow_update=allow_update,
                                  token=token, allow_service=allow_service))
    except (ValueError, FileNotFoundError) as err:
        _fail(BeleidsgraafError(str(err)))
    click.echo(f"serving {store or default_store_path()} at http://{host}:{port}/sparql "
               f"({'updates allowed with the token' if allow_update else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@_store_option
def stats(store):
    """Count the resources of each class in the store."""
    try:
        counts = api.stats(store)
    except BeleidsgraafError as err:
        _fail(err)
    for k, v in sorted(counts.items()):
        click.echo(f"{k:<20}{v:>10}")


@main.command()
@_store_option
def validate(store):
    """Check the graph against the SHACL shapes (exit 3 when it does not conform)."""
    try:
        conforms, text = api.validate(store)
    except BeleidsgraafError as err:
        _fail(err)
    click.echo(text)
    sys.exit(0 if conforms else 3)


@main.command(name="table")
@_store_option
def table(store):
    """Print commitments per actor and status."""
    try:
        df = api.who_promised_what(store)
    except BeleidsgraafError as err:
        _fail(err)
    click.echo(df.to_string(index=False) if len(df) else "(no commitments)")


if __name__ == "__main__":
    main()
