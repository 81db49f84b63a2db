"""Scaling, sliding windows and the chronological train/test split (SPEC §3).

The result is the ``Windows`` contract of ``docs/ARCHITECTURE.md``.

Example:
    >>> import numpy as np
    >>> w = make_windows(np.sin(np.linspace(0, 6, 20)), window=4, train_fraction=0.67)
    >>> w["x_train"].shape, w["x_test"].shape, int(w["target_index_train"][0])
    ((10, 4), (5, 4), 4)
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from diffqas_qlstm.validation import InputDataError

#: Columns of a raw table whose input windows come from a driving input ``u`` and targets from ``y``
#: (NARMA); such series are used unscaled. A table with a ``value`` column is min-max scaled to [−1, 1].
INPUT_OUTPUT_COLUMNS = ("u", "y")


def window_count(length: int, window: int) -> int:
    """Number of windows of a series of ``length`` values: i = 0 … length − window − 2.

    The paper's code drops one final window; kept for comparability.

    Example:
        >>> window_count(256, 4)
        251
    """
    return max(length - window - 1, 0)


def train_count(n_windows: int, train_fraction: float) -> int:
    """floor(train_fraction · n_windows) (a 1e-9 guard absorbs float round-off such as 0.29·100).

    Example:
        >>> train_count(251, 0.67)
        168
    """
    return int(math.floor(train_fraction * n_windows + 1e-9))


def minmax_scale(
    series: np.ndarray, fit_on: np.ndarray | None = None
) -> tuple[np.ndarray, float, float]:
    """Map ``series`` linearly so that the min/max of ``fit_on`` (default: itself) become −1/1.

    Returns (scaled series, fitted min, fitted max).

    Example:
        >>> minmax_scale(np.array([0.0, 5.0, 10.0]))[0].tolist()
        [-1.0, 0.0, 1.0]
    """
    reference = series if fit_on is None else fit_on
    low, high = float(np.min(reference)), float(np.max(reference))
    if not high > low:
        raise InputDataError(
            f"Cannot min-max scale a constant series (every fitted value equals {low}); "
            "a constant series carries nothing to predict"
        )
    return 2.0 * (series - low) / (high - low) - 1.0, low, high


def make_windows(
    series: np.ndarray,
    window: int = 4,
    train_fraction: float = 0.67,
    scale: bool = True,
    scaler_fit: str = "series",
    inputs: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Windows x_i = inputs[i : i+window], y_i = series[i+window], split chronologically.

    ``inputs`` defaults to ``series`` (NARMA passes u as ``inputs`` and y as ``series``; inputs
    are then never scaled). With ``scale``, ``series`` is min-max scaled to [−1, 1], fitted on the
    whole series (``scaler_fit="series"``, the paper) or only on the values the training windows
    cover, ``series[: n_train + window]`` (``scaler_fit="train"``, no test leakage).

    Raises ``InputDataError`` when the split leaves no training or no test window.
    """
    series = np.asarray(series, dtype=np.float64)
    source = series if inputs is None else np.asarray(inputs, dtype=np.float64)
    if inputs is not None and source.shape != series.shape:
        raise ValueError(f"inputs {source.shape} and series {series.shape} must be aligned")
    if scaler_fit not in ("series", "train"):
        raise ValueError(f"scaler_fit must be 'series' or 'train', not {scaler_fit!r}")
    n_windows = window_count(series.size, window)
    n_train = train_count(n_windows, train_fraction)
    if n_train < 1 or n_train >= n_windows:
        raise InputDataError(
            f"A series of {series.size} values gives {n_windows} windows of length {window}: "
            f"{n_train} train / {n_windows - n_train} test at train_fraction {train_fraction}; "
            "at least one of each is needed (use a longer series or another train_fraction)"
        )
    scale_min = scale_max = math.nan
    if scale:
        fit_on = series if scaler_fit == "series" else series[: n_train + window]
        series, scale_min, scale_max = minmax_scale(series, fit_on)
        if inputs is None:
            source = series
    starts = np.arange(n_windows)
    x = source[starts[:, None] + np.arange(window)[None, :]]
    target_index = (starts + window).astype(np.int64)
    y = series[target_index]
    return {
        "x_train": x[:n_train],
        "y_train": y[:n_train],
        "x_test": x[n_train:],
        "y_test": y[n_train:],
        "target_index_train": target_index[:n_train],
        "target_index_test": target_index[n_train:],
        "series": series,
        "scale_min": np.float64(scale_min),
        "scale_max": np.float64(scale_max),
        "window": np.int64(window),
    }


def windows_for_dataset(
    frame: pd.DataFrame,
    window: int = 4,
    train_fraction: float = 0.67,
    scaler_fit: str = "series",
) -> dict[str, np.ndarray]:
    """Windows of a raw table per SPEC §3: ``value`` (scaled), or ``u``/``y`` (NARMA, unscaled).

    Example:
        >>> from diffqas_qlstm.series.generators import narma
        >>> u, y = narma(n0=5)
        >>> w = windows_for_dataset(pd.DataFrame({"u": u, "y": y}))
        >>> len(w["y_train"]), len(w["y_test"]), bool(np.isnan(w["scale_min"]))
        (197, 98, True)
    """
    if set(INPUT_OUTPUT_COLUMNS) <= set(frame.columns):
        return make_windows(
            frame["y"].to_numpy(), window, train_fraction, scale=False,
            scaler_fit=scaler_fit, inputs=frame["u"].to_numpy(),
        )
    return make_windows(frame["value"].to_numpy(), window, train_fraction, scale=True, scaler_fit=scaler_fit)
