"""Thin nodes of the ``train`` pipeline: one training node per grid run."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config import typed
from diffqas_qlstm.training import RunSpec, execute_run
from diffqas_qlstm.training.manifest import now, run_manifest


def train_model(
    windows: dict[str, np.ndarray],
    train_params: dict[str, Any],
    windowing_params: dict[str, Any],
    *,
    spec: RunSpec,
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any], dict[str, Any]]:
    """Train the run's model on its dataset's windows (resuming from its checkpoint).

    Returns the trained parameters, the per-epoch history, a summary of final metrics and the
    run manifest (protocol, seed, package versions, git commit, start and end time, backend).
    """
    train, windowing = typed("train", train_params), typed("windowing", windowing_params)
    started = now()
    parameters, history, summary = execute_run(spec, windows, train)
    manifest = run_manifest(spec.name, spec.seed, train, windowing, started=started, ended=now())
    return parameters, history, summary, manifest


def train_model_for(spec: RunSpec) -> Callable[..., Any]:
    """``train_model`` bound to one run, keeping a readable name for ``kedro viz``."""
    return functools.update_wrapper(functools.partial(train_model, spec=spec), train_model)
