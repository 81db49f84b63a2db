"""The windowing pipeline: its nodes, and data_generation + windowing run with the project catalog."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from kedro.runner import SequentialRunner

from diffqas_qlstm.config import environment
from diffqas_qlstm.config import parse_series
from diffqas_qlstm.datasets import NpzDataset
from diffqas_qlstm.pipelines import data_generation, windowing
from diffqas_qlstm.series.kinds import raw_table
from diffqas_qlstm.series.windowing import windows_for_dataset
from diffqas_qlstm.validation import ParameterError

COUNTS = {
    "bessel": (168, 83),
    "damped_shm": (157, 78),
    "delayed_quantum_control": (1470, 725),
    "narma5": (197, 98),
    "narma10": (197, 98),
    "sunspots": (203, 101),
    "nile": (63, 32),
}


def test_default_pipeline_nodes(monkeypatch, base_parameters) -> None:
    monkeypatch.setattr(environment, "load_parameters", lambda env=None: base_parameters())
    nodes = {n.name: n for n in windowing.create_pipeline().nodes}
    assert set(nodes) == {f"{name}.window" for name in COUNTS}
    for name in COUNTS:
        node = nodes[f"{name}.window"]
        assert node.namespace == name
        assert node.inputs == [f"raw_{name}", "params:windowing"]
        assert node.outputs == [f"windows_{name}"]
        assert {"windowing", name} <= node.tags
        assert node.func.__name__ == f"window_{name}"


def test_unknown_dataset_is_refused() -> None:
    with pytest.raises(ParameterError, match=r"'datasets\[1\]' = 'narma7'"):
        windowing.create_pipeline(["narma5", "narma7"])


def test_generation_then_windowing_writes_the_windows_contract(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    names = list(COUNTS)
    pipeline = data_generation.create_pipeline(names) + windowing.create_pipeline(names)
    params = base_parameters()
    SequentialRunner().run(pipeline, project_catalog(params))
    for name, (n_train, n_test) in COUNTS.items():
        path = tmp_path / f"data/05_model_input/windows_{name}.npz"
        w = NpzDataset(filepath=str(path)).load()
        assert (len(w["y_train"]), len(w["y_test"])) == (n_train, n_test)
        # the CSV round trip is exact: the windows equal those of the generator's own output
        expected = windows_for_dataset(raw_table(parse_series(params["data_generation"])[name]))
        assert set(w) == set(expected)
        for key, value in expected.items():
            np.testing.assert_array_equal(w[key], value, err_msg=f"{name}.{key}")


def test_scaler_fit_train_through_the_pipeline(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    params = base_parameters()
    params["windowing"]["scaler_fit"] = "train"
    pipeline = data_generation.create_pipeline(["bessel"]) + windowing.create_pipeline(["bessel"])
    SequentialRunner().run(pipeline, project_catalog(params))
    w = np.load(tmp_path / "data/05_model_input/windows_bessel.npz")
    assert -1 <= w["x_train"].min() and w["x_train"].max() <= 1
    raw = pd.read_csv(tmp_path / "data/01_raw/bessel.csv", float_precision="round_trip")
    raw = raw["value"].to_numpy()
    assert float(w["scale_max"]) == raw[: 168 + 4].max()


def test_bad_windowing_parameter_writes_no_windows(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    params = base_parameters()
    params["windowing"]["train_fraction"] = 1.2
    pipeline = data_generation.create_pipeline(["narma5"]) + windowing.create_pipeline(["narma5"])
    with pytest.raises(ParameterError, match=r"'windowing.train_fraction' = 1.2.*\(0, 1\)"):
        SequentialRunner().run(pipeline, project_catalog(params))
    assert not (tmp_path / "data/05_model_input/windows_narma5.npz").exists()
