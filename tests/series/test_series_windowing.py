"""Scaling, windows and split (SPEC §3) and the Windows contract (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from diffqas_qlstm.series import generators
from diffqas_qlstm.series.windowing import make_windows, windows_for_dataset
from diffqas_qlstm.validation import InputDataError

CONTRACT_KEYS = {
    "x_train", "y_train", "x_test", "y_test", "target_index_train", "target_index_test",
    "series", "scale_min", "scale_max", "window",
}


def raw_frames() -> dict[str, pd.DataFrame]:
    frames = {
        "bessel": pd.DataFrame({"value": generators.bessel()}),
        "damped_shm": pd.DataFrame({"value": generators.damped_shm()}),
        "delayed_quantum_control": pd.DataFrame({"value": generators.delayed_quantum_control()}),
    }
    for n0 in (5, 10):
        u, y = generators.narma(n0=n0)
        frames[f"narma{n0}"] = pd.DataFrame({"u": u, "y": y})
    return frames


FRAMES = raw_frames()
COUNTS = {
    "bessel": (168, 83),
    "damped_shm": (157, 78),
    "delayed_quantum_control": (1470, 725),
    "narma5": (197, 98),
    "narma10": (197, 98),
}


@pytest.mark.parametrize("name", list(COUNTS))
def test_counts_shapes_and_contract(name: str) -> None:
    w = windows_for_dataset(FRAMES[name])
    n_train, n_test = COUNTS[name]
    assert set(w) == CONTRACT_KEYS
    assert w["x_train"].shape == (n_train, 4) and w["x_test"].shape == (n_test, 4)
    assert w["y_train"].shape == (n_train,) and w["y_test"].shape == (n_test,)
    for key in ("x_train", "y_train", "x_test", "y_test", "series", "scale_min", "scale_max"):
        assert w[key].dtype == np.float64, key
    assert np.issubdtype(w["target_index_train"].dtype, np.integer)
    assert int(w["window"]) == 4 and np.ndim(w["window"]) == 0
    index = np.concatenate([w["target_index_train"], w["target_index_test"]])
    np.testing.assert_array_equal(index, np.arange(4, 4 + n_train + n_test))
    assert index[-1] == len(w["series"]) - 2  # the paper drops one final window


@pytest.mark.parametrize("name", ["bessel", "damped_shm", "delayed_quantum_control"])
def test_scaled_windows_follow_the_definition(name: str) -> None:
    raw = FRAMES[name]["value"].to_numpy()
    w = windows_for_dataset(FRAMES[name])
    expected = 2 * (raw - raw.min()) / (raw.max() - raw.min()) - 1
    np.testing.assert_allclose(w["series"], expected, atol=1e-15)
    assert w["series"].min() == -1.0 and w["series"].max() == 1.0
    assert (w["scale_min"], w["scale_max"]) == (raw.min(), raw.max())
    x = np.vstack([w["x_train"], w["x_test"]])
    y = np.concatenate([w["y_train"], w["y_test"]])
    for i in range(len(y)):
        np.testing.assert_array_equal(x[i], w["series"][i : i + 4])
        assert y[i] == w["series"][i + 4]


@pytest.mark.parametrize("name", ["narma5", "narma10"])
def test_narma_inputs_from_u_targets_from_y_unscaled(name: str) -> None:
    u, y = FRAMES[name]["u"].to_numpy(), FRAMES[name]["y"].to_numpy()
    w = windows_for_dataset(FRAMES[name])
    assert np.isnan(w["scale_min"]) and np.isnan(w["scale_max"])
    np.testing.assert_array_equal(w["series"], y)
    x = np.vstack([w["x_train"], w["x_test"]])
    targets = np.concatenate([w["y_train"], w["y_test"]])
    for i in range(len(targets)):
        np.testing.assert_array_equal(x[i], u[i : i + 4])
        assert targets[i] == y[i + 4]


def test_split_is_chronological() -> None:
    w = windows_for_dataset(FRAMES["bessel"])
    assert w["target_index_train"].max() < w["target_index_test"].min()
    assert np.all(np.diff(w["target_index_train"]) == 1)


def test_scaler_fit_train_uses_only_training_values() -> None:
    raw = np.concatenate([np.linspace(0, 1, 30), np.linspace(1, 5, 20)])  # test part leaves range
    w = make_windows(raw, window=4, train_fraction=0.67, scaler_fit="train")
    n_train = len(w["y_train"])
    covered = raw[: n_train + 4]
    assert (w["scale_min"], w["scale_max"]) == (covered.min(), covered.max())
    assert w["x_train"].min() >= -1 and w["x_train"].max() <= 1
    assert w["y_train"].min() >= -1 and w["y_train"].max() <= 1
    assert w["series"][: n_train + 4].min() == -1 and w["series"][: n_train + 4].max() == 1
    assert w["y_test"].max() > 1  # not fitted on the test part
    changed = raw.copy()
    changed[n_train + 4 :] *= 100.0
    w2 = make_windows(changed, window=4, train_fraction=0.67, scaler_fit="train")
    np.testing.assert_array_equal(w["x_train"], w2["x_train"])
    np.testing.assert_array_equal(w["y_train"], w2["y_train"])


def test_scaler_fit_series_leaks_by_design() -> None:
    raw = np.concatenate([np.linspace(0, 1, 30), np.linspace(1, 5, 20)])
    w = make_windows(raw, window=4, train_fraction=0.67, scaler_fit="series")
    assert (w["scale_min"], w["scale_max"]) == (0.0, 5.0)


@pytest.mark.parametrize("window", [1, 3, 7])
def test_other_window_lengths(window: int) -> None:
    w = windows_for_dataset(FRAMES["bessel"], window=window)
    n = 256 - window - 1
    assert len(w["y_train"]) == int(np.floor(0.67 * n)) and w["x_train"].shape[1] == window
    assert len(w["y_train"]) + len(w["y_test"]) == n


def test_naive_predictor_levels_match_spec() -> None:
    persistence = {"bessel": 0.0036, "damped_shm": 0.0032, "delayed_quantum_control": 0.00010,
                   "narma5": 0.0052, "narma10": 0.0076}
    for name, level in persistence.items():
        w = windows_for_dataset(FRAMES[name])
        mse = np.mean((w["x_test"][:, -1] - w["y_test"]) ** 2)
        assert mse == pytest.approx(level, rel=0.05), name


def test_constant_series_cannot_be_scaled() -> None:
    with pytest.raises(InputDataError, match="constant"):
        make_windows(np.ones(20))


def test_too_few_windows_for_a_split() -> None:
    with pytest.raises(InputDataError, match=r"6 values gives 1 windows.*0 train / 1 test"):
        make_windows(np.arange(6.0), window=4)
