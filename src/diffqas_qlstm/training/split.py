"""The validation part of the training windows: the last ones, chronologically (SPEC §6, §7a).

Choices made on training data (the derived architecture, tuned settings) are judged on these;
the test windows never inform a choice.

Example:
    >>> import numpy as np
    >>> w = {"x_train": np.arange(20).reshape(10, 2), "y_train": np.arange(10),
    ...      "x_test": np.zeros((3, 2)), "y_test": np.zeros(3)}
    >>> part = validation_split(w, 0.2)
    >>> part["y_train"].tolist(), part["y_test"].tolist()
    ([0, 1, 2, 3, 4, 5, 6, 7], [8, 9])
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np


def validation_split(windows: Mapping[str, np.ndarray], fraction: float) -> dict[str, np.ndarray]:
    """Windows whose ``x_train``/``y_train`` are the first (1 − fraction) of the training windows and
    whose ``x_test``/``y_test`` are the rest (at least one window each); the test windows are dropped."""
    x, y = np.asarray(windows["x_train"]), np.asarray(windows["y_train"])
    n_validation = int(round(fraction * len(x)))
    n_validation = min(max(n_validation, 1), len(x) - 1)
    if len(x) < 2:
        raise ValueError(f"A validation split needs at least 2 training windows, got {len(x)}")
    cut = len(x) - n_validation
    return {"x_train": x[:cut], "y_train": y[:cut], "x_test": x[cut:], "y_test": y[cut:]}
