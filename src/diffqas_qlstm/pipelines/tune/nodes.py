"""Thin nodes of the ``tune`` pipeline: run a study's trials, then hand back what it found."""

from __future__ import annotations

from typing import Any

import numpy as np
import optuna
import pandas as pd

from diffqas_qlstm.config import typed
from diffqas_qlstm.tracking.trials import reporter_for
from diffqas_qlstm.tune import Objective, open_storage, open_study, run_worker, study_settings
from diffqas_qlstm.tune.outputs import (
    best_parameters,
    figures,
    summary_markdown,
    summary_row,
    trials_table,
)


def optimize(windows: dict[str, np.ndarray], train_params: dict[str, Any], tune_params: dict[str, Any],
             *, study: str, model: str, worker: int) -> dict[str, Any]:
    """Run trials of ``study`` (in its shared storage) until it has ``tune.n_trials``; returns
    what this worker ran."""
    train, tune = typed("train", train_params), typed("tune", tune_params)
    opened = open_study(tune, study, study_settings(study, train, tune, windows), worker)
    objective = Objective(study, model, windows, train, tune, reporter_for(study))
    return run_worker(opened, objective, tune.n_trials, worker=worker)


def summarize_study(tune_params: dict[str, Any], *workers: dict[str, Any], study: str) -> tuple[Any, ...]:
    """The study's trials table, best values (a ``train`` fragment), its three plots and summary row.

    Raises:
        RuntimeError: no trial of the study completed (the first failure's error is named).
    """
    tune = typed("tune", tune_params)
    loaded = optuna.load_study(study_name=study, storage=open_storage(tune.storage))
    table = trials_table(loaded)
    if not (table["state"] == "COMPLETE").any():
        errors = [e for e in table.get("error", pd.Series(dtype=str)) if e]
        raise RuntimeError(f"Study {study!r} in {tune.storage}: no trial completed ({len(table)} trials"
                           + (f"; the first error: {errors[0]}" if errors else "") + ")")
    plots = figures(loaded)
    return (table, best_parameters(loaded), plots["optimization_history"], plots["param_importances"],
            plots["slice"], summary_row(loaded))


def summarize_tuning(tune_params: dict[str, Any], *rows: dict[str, Any]) -> str:
    """Every study of ``tune`` in one Markdown table."""
    return summary_markdown(list(rows), typed("tune", tune_params).storage)
