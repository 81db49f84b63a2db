"""Every usage example in the package's docstrings runs and prints what it shows."""

from __future__ import annotations

import doctest
import importlib
import logging
import pkgutil

import pytest

import diffqas_qlstm

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(diffqas_qlstm.__path__, prefix="diffqas_qlstm.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    logging.disable(logging.CRITICAL)  # log lines are not part of the examples' output
    try:
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    finally:
        logging.disable(logging.NOTSET)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
