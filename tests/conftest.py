"""Shared fixtures: tiny windows and a tiny search space keep the suite fast."""

from __future__ import annotations

import diffqas_qlstm  # noqa: F401  (sets TF_USE_LEGACY_KERAS before TensorFlow is imported)
import numpy as np
import pytest


@pytest.fixture
def tiny_windows() -> dict[str, np.ndarray]:
    """Windows of a scaled sine: 24 train, 8 test, window 3."""
    s = np.sin(np.linspace(0, 6 * np.pi, 36))
    x = np.stack([s[i : i + 3] for i in range(33)])
    y = s[3:36]
    return {"x_train": x[:24], "y_train": y[:24], "x_test": x[24:32], "y_test": y[24:32]}


@pytest.fixture
def tiny_space_params() -> dict[str, list]:
    return {"hadamard": [True, False], "encoding": ["ry"], "entangler": ["brick"], "variational": ["ry", "rz"]}


@pytest.fixture
def tiny_model_params() -> dict[str, object]:
    return {"hidden_size": 2, "depth": 1, "backend": "tfq"}
