"""The examples in the package's docstrings run and give what they show."""
import doctest
import importlib
import pkgutil

import pytest

import beleidsgraaf

MODULES = sorted(m.name for m in pkgutil.walk_packages(beleidsgraaf.__path__, "beleidsgraaf.")
                 if not m.name.startswith(("beleidsgraaf.tests", "beleidsgraaf.tools", "beleidsgraaf.benchmarks",
                                           "beleidsgraaf.build.", "beleidsgraaf.notebooks")))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_the_examples_are_found():
    assert {"beleidsgraaf.builders.normalise", "beleidsgraaf.builders.readers.layout",
            "beleidsgraaf.builders.segment"} <= set(MODULES)
