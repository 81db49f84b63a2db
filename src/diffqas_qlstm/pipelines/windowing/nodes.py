"""Thin node of the ``windowing`` pipeline: parse ``params:windowing``, then call ``series.windowing``.

Example:
    >>> import numpy as np, pandas as pd
    >>> raw = pd.DataFrame({"t": range(40), "value": np.sin(np.arange(40.0))})
    >>> params = {"window": 4, "train_fraction": 0.67, "scaler_fit": "series"}
    >>> window_dataset(raw, params, name="custom")["x_train"].shape
    (23, 4)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config import typed
from diffqas_qlstm.series.windowing import windows_for_dataset


def window_dataset(
    raw: pd.DataFrame, params: Mapping[str, Any], *, name: str
) -> dict[str, np.ndarray]:
    """``windows_<name>`` from ``raw_<name>`` (the Windows contract of docs/ARCHITECTURE.md);
    ``name`` names the node in logs and ``kedro viz``."""
    config = typed("windowing", params)
    return windows_for_dataset(raw, config.window, config.train_fraction, config.scaler_fit)


def window_node_function(name: str) -> Callable[..., dict[str, np.ndarray]]:
    """:func:`window_dataset` bound to ``name`` (a picklable partial named ``window_<name>``)."""
    bound = functools.update_wrapper(functools.partial(window_dataset, name=name), window_dataset)
    bound.__name__ = bound.__qualname__ = f"window_{name}"
    return bound
