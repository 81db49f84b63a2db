"""Thin nodes of the ``evaluate`` pipeline: restore models, predict, tabulate, score."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config import typed
from diffqas_qlstm.derive import restore_derived_model
from diffqas_qlstm.evaluate import predict_windows, restore_model
from diffqas_qlstm.report import prediction_frame, run_metrics
from diffqas_qlstm.training import RunSpec, degeneracy


def predict_series(
    windows: dict[str, np.ndarray],
    trained_params: dict[str, np.ndarray],
    train_params: Mapping[str, Any],
    evaluate_params: Mapping[str, Any],
    derived_params: dict[str, np.ndarray] | None = None,
    *,
    spec: RunSpec,
) -> pd.DataFrame:
    """``predictions``: index, target, prediction, split (and ``prediction_derived`` for DiffQAS)."""
    train = typed("train", train_params)
    batch = typed("evaluate", evaluate_params).batch_size
    model = restore_model(spec.model, trained_params, train, spec.seed)
    derived = None
    if derived_params is not None:
        derived_model = restore_derived_model(derived_params, spec.model, train.model, spec.seed)
        derived = predict_windows(derived_model, windows, batch)
    train_prediction, test_prediction = predict_windows(model, windows, batch)
    return prediction_frame(windows, train_prediction, test_prediction, derived)


def compute_metrics(
    predictions: pd.DataFrame, summary: dict[str, Any], derived_summary: dict[str, Any] | None = None
) -> dict[str, Any]:
    """``metrics``: the run's train/test MSE (and its derived model's) with its identity, and the
    degeneracy guard's verdict on each model's predictions over the whole series."""
    record = run_metrics(predictions, summary, derived_summary)
    for prefix, column in (("", "prediction"), ("derived_", "prediction_derived")):
        if column in predictions:
            guard = degeneracy(predictions[column].to_numpy(), predictions["target"].to_numpy())
            record[f"{prefix}prediction_std_ratio"] = guard["prediction_std_ratio"]
            record[f"{prefix}degenerate"] = guard["degenerate"]
    if derived_summary is not None and derived_summary.get("degenerate"):
        record["derived_degenerate"] = True  # e.g. its re-training did not move
    return record
