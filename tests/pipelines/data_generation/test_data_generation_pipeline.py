"""The data_generation pipeline: its nodes, and a KedroSession-free run with the project catalog."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from kedro.runner import SequentialRunner

from diffqas_qlstm import project_config
from diffqas_qlstm.pipelines.data_generation import create_pipeline
from diffqas_qlstm.series import generators
from diffqas_qlstm.validation import InputDataError, ParameterError

BENCHMARKS = ["bessel", "damped_shm", "delayed_quantum_control", "narma5", "narma10"]


def test_default_pipeline_has_one_named_tagged_node_per_benchmark(monkeypatch, base_parameters) -> None:
    monkeypatch.setattr(project_config, "load_parameters", lambda env=None: base_parameters())
    nodes = {n.name: n for n in create_pipeline().nodes}
    assert set(nodes) == {f"generate_{name}" for name in BENCHMARKS}
    for name in BENCHMARKS:
        node = nodes[f"generate_{name}"]
        assert node.outputs == [f"raw_{name}"] and node.inputs == ["params:data_generation"]
        assert {"data_generation", name} <= node.tags


def test_custom_node_only_when_a_path_is_set(monkeypatch, base_parameters) -> None:
    params = base_parameters()
    params["data_generation"]["custom"]["path"] = "data/01_raw/mine.csv"
    monkeypatch.setattr(project_config, "load_parameters", lambda env=None: params)
    custom = [n for n in create_pipeline().nodes if n.name == "load_custom"]
    assert len(custom) == 1 and custom[0].outputs == ["raw_custom"]
    assert custom[0].inputs == ["params:data_generation", "params:windowing"]


def test_selected_datasets_only() -> None:
    assert {n.name for n in create_pipeline(["narma10", "bessel"]).nodes} == {
        "generate_narma10", "generate_bessel"
    }
    with pytest.raises(ParameterError, match=r"'datasets\[0\]' = 'sunspots'.*one of 'bessel'"):
        create_pipeline(["sunspots"])


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


def test_run_custom_csv(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.csv").write_text("day,level\n" + "\n".join(f"{i},{i * i}" for i in range(12)))
    params = base_parameters()
    params["data_generation"]["custom"] = {"path": "mine.csv", "column": "level"}
    SequentialRunner().run(create_pipeline(["custom"]), project_catalog(params))
    raw = pd.read_csv(tmp_path / "data/01_raw/custom.csv", float_precision="round_trip")
    assert raw.columns.tolist() == ["t", "value"]
    np.testing.assert_array_equal(raw["value"], np.arange(12.0) ** 2)


def test_custom_too_short_for_the_window(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.csv").write_text("value\n1\n2\n3\n4\n5\n6\n7")
    params = base_parameters()
    params["data_generation"]["custom"]["path"] = "mine.csv"
    params["windowing"]["window"] = 6
    with pytest.raises(InputDataError, match=r"'mine.csv'.*7 values, too short.*at least 8"):
        SequentialRunner().run(create_pipeline(["custom"]), project_catalog(params))
    assert not (tmp_path / "data/01_raw/custom.csv").exists()


def test_bad_parameter_stops_before_anything_is_written(tmp_path: Path, monkeypatch, base_parameters, project_catalog) -> None:
    monkeypatch.chdir(tmp_path)
    params = copy.deepcopy(base_parameters())
    params["data_generation"]["damped_shm"]["n_points"] = "240"
    with pytest.raises(ParameterError, match=r"'data_generation.damped_shm.n_points' = '240'"):
        SequentialRunner().run(create_pipeline(BENCHMARKS), project_catalog(params))
    assert not list(tmp_path.rglob("*.csv"))  # every node validates first: nothing half-written
