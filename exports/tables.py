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
