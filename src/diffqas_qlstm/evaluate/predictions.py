"""Restoring trained models from their ``.npz`` parameters and predicting every window."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from diffqas_qlstm.config import TrainConfig
from diffqas_qlstm.model import build_model
from diffqas_qlstm.training import predict


def restore_model(model_name: str, params: Mapping[str, np.ndarray], train: TrainConfig, seed: int) -> Any:
    """Build ``model_name`` as training did (``train.model``, ``train.search_space``) and load ``params``."""
    model = build_model(model_name, train.model, train.search_space, seed)
    model.import_parameters(dict(params))
    return model


def predict_windows(
    model: Any, windows: Mapping[str, np.ndarray], batch_size: int = 512
) -> tuple[np.ndarray, np.ndarray]:
    """Predictions for the training windows and for the test windows, as float64."""
    return (
        predict(model, np.asarray(windows["x_train"]), batch_size),
        predict(model, np.asarray(windows["x_test"]), batch_size),
    )
