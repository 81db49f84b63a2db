"""Thin nodes of the ``train`` pipeline: one training node per grid run."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.training import RunSpec, execute_run


def train_model(
    windows: dict[str, np.ndarray], train_params: dict[str, Any], *, spec: RunSpec
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any]]:
    """Train the run's model on its dataset's windows (resuming from its checkpoint)."""
    return execute_run(spec, windows, train_params)


def train_model_for(spec: RunSpec) -> Callable[..., Any]:
    """``train_model`` bound to one run, keeping a readable name for ``kedro viz``."""
    return functools.update_wrapper(functools.partial(train_model, spec=spec), train_model)
