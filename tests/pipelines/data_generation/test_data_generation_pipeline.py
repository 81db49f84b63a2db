"""The data_generation pipeline: its nodes, and a KedroSession-free run with the project catalog."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from kedro.runner import SequentialRunner

from diffqas_qlstm.config import environment
from diffqas_qlstm.pipelines.data_generation import create_pipeline
from diffqas_qlstm.series import generators
from diffqas_qlstm.validation import InputDataError, ParameterError

BENCHMARKS = ["bessel", "damped_shm", "delayed_quantum_control", "narma5", "narma10"]


def test_default_pipeline_has_one_named_tagged_node_per_configured_series(monkeypatch, base_parameters) -> None:
    monkeypatch.setattr(environment, "load_parameters", lambda env=None: base_parameters())
    nodes = {n.name: n for n in create_pipeline().nodes}
    names = [*BENCHMARKS, "sunspots", "nile"]
    assert set(nodes) == {f"{name}.generate" for name in names}
    for name in names:
        node = nodes[f"{name}.generate"]
        assert node.namespace == name  # nested under the series in kedro viz
        assert node.outputs == [f"raw_{name}"] and node.inputs == ["params:data_generation", "params:windowing"]
        assert {"data_generation", name} <= node.tags


def test_any_number_of_csv_series_each_with_its_own_name(monkeypatch, base_parameters) -> None:
    params = base_parameters()
    params["data_generation"]["series"] = {
        "river": {"kind": "csv", "path": "data/01_raw/river.csv", "column": "level"},
        "sensor_2": {"kind": "csv", "path": "data/01_raw/s2.csv", "column": "v"},
    }
    monkeypatch.setattr(environment, "load_parameters", lambda env=None: params)
    assert [n.outputs for n in create_pipeline().nodes] == [["raw_river"], ["raw_sensor_2"]]


def test_selected_datasets_only(monkeypatch, base_parameters) -> None:
    monkeypatch.setattr(environment, "load_parameters", lambda env=None: base_parameters())
    assert {n.name for n in create_pipeline(["narma10", "bessel"]).nodes} == {
        "narma10.generate", "bessel.generate"
    }
    with pytest.raises(ParameterError, match=r"'datasets\[0\]' = 'moon'.*one of 'bessel'"):
        create_pipeline(["moon"])


def test_run_writes_every_raw_csv(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    SequentialRunner().run(create_pipeline(BENCHMARKS), project_catalog(base_parameters()))
    bessel = pd.read_csv(tmp_path / "data/01_raw/bessel.csv", float_precision="round_trip")
    assert bessel.columns.tolist() == ["t", "value"]
    np.testing.assert_allclose(bessel["t"], np.linspace(2, 100, 256))
    np.testing.assert_array_equal(bessel["value"], generators.bessel())
    for n0 in (5, 10):
        narma = pd.read_csv(
            tmp_path / f"data/01_raw/narma{n0}.csv", float_precision="round_trip"
        )
        u, y = generators.narma(n0=n0)
        assert narma.columns.tolist() == ["t", "u", "y"]
        np.testing.assert_array_equal(narma["u"], u)
        np.testing.assert_array_equal(narma["y"], y)
    for name, length in (("damped_shm", 240), ("delayed_quantum_control", 2200)):
        assert len(pd.read_csv(tmp_path / f"data/01_raw/{name}.csv")) == length


def test_run_csv_series_with_a_time_column(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.csv").write_text("day,level\n" + "\n".join(f"{i + 10},{i * i}" for i in range(12)))
    params = base_parameters()
    params["data_generation"]["series"] = {"mine": {"kind": "csv", "path": "mine.csv", "column": "level",
                                                    "time_column": "day"}}
    monkeypatch.setattr(environment, "load_parameters", lambda env=None: params)
    SequentialRunner().run(create_pipeline(["mine"]), project_catalog(params))
    raw = pd.read_csv(tmp_path / "data/01_raw/mine.csv", float_precision="round_trip")
    assert raw.columns.tolist() == ["t", "value"]
    np.testing.assert_array_equal(raw["value"], np.arange(12.0) ** 2)
    np.testing.assert_array_equal(raw["t"], np.arange(10, 22))


def test_run_packaged_real_world_series(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    import statsmodels.api as sm

    monkeypatch.chdir(tmp_path)
    params = base_parameters()
    monkeypatch.setattr(environment, "load_parameters", lambda env=None: params)
    SequentialRunner().run(create_pipeline(["sunspots", "nile"]), project_catalog(params))
    sunspots = pd.read_csv(tmp_path / "data/01_raw/sunspots.csv", float_precision="round_trip")
    np.testing.assert_array_equal(sunspots["value"], sm.datasets.sunspots.load_pandas().data["SUNACTIVITY"])
    assert len(pd.read_csv(tmp_path / "data/01_raw/nile.csv")) == 100


def test_custom_too_short_for_the_window(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.csv").write_text("value\n1\n2\n3\n4\n5\n6\n7")
    params = base_parameters()
    params["data_generation"]["series"]["mine"] = {"kind": "csv", "path": "mine.csv", "column": "value"}
    params["windowing"]["window"] = 6
    monkeypatch.setattr(environment, "load_parameters", lambda env=None: params)
    with pytest.raises(InputDataError, match=r"'mine.csv'.*7 values, too short.*at least 8"):
        SequentialRunner().run(create_pipeline(["mine"]), project_catalog(params))
    assert not (tmp_path / "data/01_raw/mine.csv").exists()


def test_bad_parameter_stops_before_anything_is_written(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    params = copy.deepcopy(base_parameters())
    params["data_generation"]["series"]["damped_shm"]["n_points"] = "240"
    with pytest.raises(ParameterError, match=r"'data_generation.series.damped_shm.n_points' = '240'"):
        SequentialRunner().run(create_pipeline(BENCHMARKS), project_catalog(params))
    assert not list(tmp_path.rglob("*.csv"))  # every node validates first: nothing half-written
