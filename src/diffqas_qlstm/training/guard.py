"""Is a trained model degenerate? (SPEC §6: never published silently as a discovered circuit.)

A model is flagged when its predictions barely vary — their standard deviation over the windows
is under :data:`MIN_STD_RATIO` of the targets' (it predicts about a constant: the head's bias) —
or when its training did not move (the train MSE the same at every epoch: every gradient but the
bias's is zero, as with an update gate dead at the cell's zero state).

Example:
    >>> import numpy as np
    >>> target = np.sin(np.linspace(0, 6, 50))
    >>> degeneracy(np.full(50, 0.1), target)["degenerate"], degeneracy(0.9 * target, target)["degenerate"]
    (True, False)
    >>> degeneracy(0.9 * target, target, train_mse=[0.2, 0.2, 0.2])["reasons"]
    ['training did not move (train MSE 0.2 at every one of 3 epochs)']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

MIN_STD_RATIO = 0.05
"""Predictions whose standard deviation is under 5 % of the targets' count as (near) constant."""
MOVE_TOLERANCE = 1e-7
"""Relative change of the train MSE over the epochs below which training "did not move"."""


def degeneracy(
    prediction: np.ndarray, target: np.ndarray, *, train_mse: Sequence[float] | None = None
) -> dict[str, Any]:
    """``{prediction_std_ratio, flat_training, degenerate, reasons}`` for one model's predictions."""
    prediction = np.asarray(prediction, np.float64)
    target_std = float(np.std(np.asarray(target, np.float64)))
    ratio = float(np.std(prediction) / target_std) if target_std > 0 else float("nan")
    reasons = []
    if np.isfinite(ratio) and ratio < MIN_STD_RATIO:
        reasons.append(f"predictions barely vary (std {ratio:.2g} of the target's, under {MIN_STD_RATIO})")
    history = np.asarray(list(train_mse or ()), np.float64)
    flat = bool(len(history) >= 2 and np.ptp(history) <= MOVE_TOLERANCE * max(abs(history).max(), 1e-30))
    if flat:
        reasons.append(f"training did not move (train MSE {history[0]:.3g} at every one of {len(history)} epochs)")
    return {"prediction_std_ratio": ratio, "flat_training": flat, "degenerate": bool(reasons), "reasons": reasons}
