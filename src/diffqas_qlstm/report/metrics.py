"""Per-run metrics and the predictions table over the whole series (SPEC §7).

Example:
    >>> import numpy as np
    >>> windows = {"y_train": np.array([1.0, 2.0]), "y_test": np.array([3.0]),
    ...            "target_index_train": np.array([4, 5]), "target_index_test": np.array([6])}
    >>> frame = prediction_frame(windows, np.array([1.0, 2.5]), np.array([2.0]))
    >>> frame.to_string(index=False)
    ' index  target  prediction split\\n     4     1.0         1.0 train\\n     5     2.0         2.5 train\\n     6     3.0         2.0  test'
    >>> run_metrics(frame, {"run": "r", "dataset": "d", "model": "m", "seed": 0})["test_mse"]
    1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

PREDICTION_COLUMNS = ["index", "target", "prediction", "split"]
"""Columns of a run's predictions table; DiffQAS runs add ``prediction_derived``."""


def _index(windows: Mapping[str, np.ndarray], split: str, n: int, offset: int) -> np.ndarray:
    key = f"target_index_{split}"
    return np.asarray(windows[key], dtype=np.int64) if key in windows else np.arange(offset, offset + n)


def prediction_frame(
    windows: Mapping[str, np.ndarray],
    train_prediction: np.ndarray,
    test_prediction: np.ndarray,
    derived: tuple[np.ndarray, np.ndarray] | None = None,
) -> pd.DataFrame:
    """One row per window target in series order: index into the series, target, prediction, split.

    ``derived`` (train and test predictions of the derived model) adds ``prediction_derived``.
    """
    y_train, y_test = np.asarray(windows["y_train"], float), np.asarray(windows["y_test"], float)
    frame = pd.DataFrame(
        {
            "index": np.concatenate([_index(windows, "train", len(y_train), 0),
                                     _index(windows, "test", len(y_test), len(y_train))]),
            "target": np.concatenate([y_train, y_test]),
            "prediction": np.concatenate([train_prediction, test_prediction]).astype(float),
            "split": ["train"] * len(y_train) + ["test"] * len(y_test),
        }
    )
    if derived is not None:
        frame["prediction_derived"] = np.concatenate(derived).astype(float)
    return frame


def _mse(frame: pd.DataFrame, split: str, column: str) -> float:
    part = frame[frame["split"] == split]
    return float(np.mean((part[column] - part["target"]) ** 2)) if len(part) else float("nan")


def run_metrics(
    predictions: pd.DataFrame,
    summary: Mapping[str, Any],
    derived_summary: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The run's record for the report: identity, train/test MSE (and the derived model's)."""
    record: dict[str, Any] = {key: summary[key] for key in ("run", "dataset", "model", "seed")}
    record |= {
        "train_mse": _mse(predictions, "train", "prediction"),
        "test_mse": _mse(predictions, "test", "prediction"),
        "epochs": summary.get("epochs"),
        "n_parameters": summary.get("n_parameters"),
        "wall_seconds": summary.get("wall_seconds"),
    }
    if "prediction_derived" in predictions:
        record |= {
            "derived_train_mse": _mse(predictions, "train", "prediction_derived"),
            "derived_test_mse": _mse(predictions, "test", "prediction_derived"),
        }
    if derived_summary is not None:
        record |= {
            "derived_method": derived_summary.get("method", "magnitude"),
            "derived_architecture": dict(derived_summary.get("architecture", {})),
            "derived_gain": bool(derived_summary.get("gain", False)),
            "derived_degenerate_reasons": list(derived_summary.get("degenerate_reasons", [])),
            "derived_test_mse_before_retrain": derived_summary.get("test_mse_before_retrain"),
            "derived_retrain_epochs": derived_summary.get("retrain_epochs"),
            "derived_n_parameters": derived_summary.get("n_parameters"),
        }
    return record
