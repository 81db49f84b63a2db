"""Thin node of the ``data_generation`` pipeline: parse the series, then make one raw table.

Example:
    >>> from diffqas_qlstm.config.environment import load_parameters
    >>> params = load_parameters("base")
    >>> make_series(params["data_generation"], params["windowing"], name="bessel").shape
    (256, 2)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from diffqas_qlstm.config import parse_series, typed
from diffqas_qlstm.series.kinds import raw_table


def make_series(params: Mapping[str, Any], windowing: Mapping[str, Any], *, name: str) -> pd.DataFrame:
    """``raw_<name>``: the table of series ``name`` (``t``, ``value``; ``t``, ``u``, ``y`` for NARMA),
    at least ``window + 2`` values long (a user's CSV that is shorter is refused naming the file)."""
    window = typed("windowing", windowing).window
    spec = parse_series(params)[name]
    return raw_table(spec, min_length=window + 2)


def series_node_function(name: str) -> Callable[..., pd.DataFrame]:
    """:func:`make_series` bound to ``name`` (a picklable partial named ``generate_<name>``)."""
    bound = functools.update_wrapper(functools.partial(make_series, name=name), make_series)
    bound.__name__ = bound.__qualname__ = f"generate_{name}"
    return bound
