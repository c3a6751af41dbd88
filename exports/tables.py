"""Tables of the graph as pandas DataFrames (read through SPARQL, never through builder internals)."""
from __future__ import annotations

import pandas as pd

from ..graph import queries
from ..graph.store import Store, term_value


def frame(store: Store, sparql: str, bindings: dict | None = None) -> pd.DataFrame:
    names, rows = store.select(sparql, bindings)
    return pd.DataFrame([[term_value(v) for v in row] for row in rows], columns=names)


def commitments(store: Store) -> pd.DataFrame:
    """One row per commitment or request: actor, status, deadline, quote, source."""
    return frame(store, queries.load("commitments"))


def who_promised_what(store: Store) -> pd.DataFrame:
    """Commitments per actor and status: the table `make demo` prints."""
    df = commitments(store)
    df = df[df["kind"] == "commitment"]
    if df.empty:
        return pd.DataFrame(columns=["actor", "status", "count"])
    df = df.assign(actor=df["actorLabel"].fillna(df["actor"]).fillna("(unknown)"))
    return (df.groupby(["actor", "status"]).size().reset_index(name="count")
            .sort_values(["count", "actor", "status"], ascending=[False, True, True]).reset_index(drop=True))


TABLE_COLUMNS = ["actor", "kind", "status", "dueDate", "dueText", "quote", "title", "date", "sourceFile", "statement"]


def commitments_per_actor(store: Store) -> pd.DataFrame:
    """Commitments and requests per actor, with status, deadline, quote and source: the table a
    coordinator shares."""
    df = commitments(store)
    if df.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    df = df.assign(actor=df["actorLabel"].fillna(df["actor"]).fillna("(onbekend)"))
    return (df[TABLE_COLUMNS].sort_values(["actor", "kind", "dueDate", "statement"], na_position="last")
            .reset_index(drop=True))


def to_csv(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def to_html(df: pd.DataFrame, title: str = "beleidsgraaf: toezeggingen en verzoeken per actor") -> bytes:
    """A self-contained HTML page with the table; every cell escaped by pandas."""
    import html
    table = df.to_html(index=False, escape=True, na_rep="", border=0, classes="bg")
    page = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{html.escape(title)}</title>
<style>body{{font:13px/1.4 system-ui,sans-serif;margin:12px}} table.bg{{border-collapse:collapse}}
table.bg th,table.bg td{{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}}
table.bg th{{background:#f3f3f3;position:sticky;top:0}}</style></head>
<body><h1>{html.escape(title)}</h1>
{table}
</body></html>
"""
    return page.encode("utf-8")


TABLE_FORMATS = {"csv": to_csv, "html": to_html}
