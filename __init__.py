"""beleidsgraaf: Dutch policy documents in, a knowledge graph of who promised what out.

>>> import beleidsgraaf
>>> beleidsgraaf.__version__.count(".")
2
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import BuildReport, build, export, query, stats, validate, view  # noqa: E402
from .errors import BeleidsgraafError, QueryError, ReadError, StoreError  # noqa: E402

__all__ = [
    "__version__",
    "BuildReport",
    "BeleidsgraafError",
    "QueryError",
    "ReadError",
    "StoreError",
    "build",
    "export",
    "query",
    "stats",
    "validate",
    "view",
]
