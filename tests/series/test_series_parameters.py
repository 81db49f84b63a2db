"""Parameter validation of data_generation and windowing: key, bad value, what is allowed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from diffqas_qlstm.series.parameters import (
    validate_data_generation_parameters,
    validate_dataset_names,
    validate_windowing_parameters,
)
from diffqas_qlstm.validation import InputDataError, ParameterError

BASE = Path(__file__).resolve().parents[2] / "conf" / "base"
GENERATION = yaml.safe_load((BASE / "parameters_data_generation.yml").read_text())["data_generation"]
WINDOWING = yaml.safe_load((BASE / "parameters_windowing.yml").read_text())["windowing"]


def with_value(params: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(params)
    *parents, last = path.split(".")
    target = changed
    for part in parents:
        target = target[part]
    target[last] = value
    return changed


def assert_message(error: pytest.ExceptionInfo, key: str, value: Any, allowed: str) -> None:
    text = str(error.value)
    assert f"'{key}'" in text and repr(value) in text and allowed in text, text


def test_base_parameters_are_valid() -> None:
    assert validate_data_generation_parameters(GENERATION) is GENERATION
    assert validate_windowing_parameters(WINDOWING) is WINDOWING


@pytest.mark.parametrize(
    "path, value, allowed",
    [
        ("window", 0, "an integer >= 1"),
        ("window", -3, "an integer >= 1"),
        ("window", 2.5, "an integer >= 1"),
        ("window", "4", "an integer >= 1"),
        ("window", True, "an integer >= 1"),
        ("train_fraction", 0, "a finite number in (0, 1)"),
        ("train_fraction", 1, "a finite number in (0, 1)"),
        ("train_fraction", 1.5, "a finite number in (0, 1)"),
        ("train_fraction", "0.67", "a finite number in (0, 1)"),
        ("train_fraction", float("nan"), "a finite number in (0, 1)"),
        ("scaler_fit", "test", "one of 'series', 'train'"),
        ("scaler_fit", None, "one of 'series', 'train'"),
    ],
)
def test_bad_windowing_parameters(path: str, value: Any, allowed: str) -> None:
    with pytest.raises(ParameterError) as error:
        validate_windowing_parameters(with_value(WINDOWING, path, value))
    assert_message(error, f"windowing.{path}", value, allowed)


def test_windowing_unknown_and_missing_settings() -> None:
    with pytest.raises(ParameterError) as error:
        validate_windowing_parameters({**WINDOWING, "windw": 4})
    assert_message(error, "windowing.windw", 4, "only the settings window, train_fraction, scaler_fit")
    with pytest.raises(ParameterError) as error:
        validate_windowing_parameters({"window": 4, "train_fraction": 0.67})
    assert_message(error, "windowing.scaler_fit", None, "the setting is missing")
    with pytest.raises(ParameterError) as error:
        validate_windowing_parameters([4, 0.67])
    assert_message(error, "windowing", [4, 0.67], "a mapping of settings")


@pytest.mark.parametrize(
    "path, value, allowed",
    [
        ("bessel.order", "two", "a finite number"),
        ("bessel.n_points", 256.0, "an integer >= 2"),
        ("bessel.n_points", "256", "an integer >= 2"),
        ("bessel.x_stop", 1.0, "a number > x_start (2.0)"),
        ("damped_shm.b", -0.1, "a finite number >= 0"),
        ("damped_shm.m", 0, "a finite number > 0"),
        ("damped_shm.rtol", "tight", "a finite number > 0"),
        ("damped_shm.method", "Euler", "one of 'RK45', 'RK23', 'DOP853'"),
        ("damped_shm.t_stop", -1.0, "a number > t_start (0.0)"),
        ("delayed_quantum_control.x_step", 0.0, "a finite number > 0"),
        ("delayed_quantum_control.n_pulses", 11.5, "an integer >= 1"),
        ("narma.T", "300", "an integer >= 2"),
        ("narma.y0", None, "a finite number"),
        ("narma.frequencies", "2.11", "a non-empty list of finite numbers"),
        ("narma.frequencies", [], "a non-empty list of finite numbers"),
        ("narma5.n0", 0, "an integer >= 1"),
        ("narma10.n0", "10", "an integer >= 1"),
        ("custom.path", 5, "null (no custom series) or a CSV file path"),
        ("custom.path", "  ", "null (no custom series) or a CSV file path"),
        ("custom.column", "", "a non-empty column name"),
        ("custom.column", 3, "a non-empty column name"),
    ],
)
def test_bad_generator_constants(path: str, value: Any, allowed: str) -> None:
    with pytest.raises(ParameterError) as error:
        validate_data_generation_parameters(with_value(GENERATION, path, value))
    assert_message(error, f"data_generation.{path}", value, allowed)


def test_bad_frequency_item_names_its_index() -> None:
    with pytest.raises(ParameterError) as error:
        validate_data_generation_parameters(with_value(GENERATION, "narma.frequencies", [2.11, "x"]))
    assert_message(error, "data_generation.narma.frequencies[1]", "x", "a finite number")


def test_unknown_dataset_block_and_unknown_constant() -> None:
    with pytest.raises(ParameterError) as error:
        validate_data_generation_parameters({**GENERATION, "besel": {}})
    assert_message(error, "data_generation.besel", {}, "one of the blocks bessel, damped_shm")
    with pytest.raises(ParameterError) as error:
        validate_data_generation_parameters(with_value(GENERATION, "bessel.ordr", 2))
    assert_message(error, "data_generation.bessel.ordr", 2, "only the settings order, x_start")


def test_missing_block() -> None:
    params = {k: v for k, v in GENERATION.items() if k != "narma"}
    with pytest.raises(ParameterError) as error:
        validate_data_generation_parameters(params)
    assert_message(error, "data_generation.narma", None, "the setting is missing")


def test_custom_path_must_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(InputDataError, match="does not exist") as error:
        validate_data_generation_parameters(with_value(GENERATION, "custom.path", str(missing)))
    assert str(missing) in str(error.value)


def test_dataset_names() -> None:
    assert validate_dataset_names(("bessel", "custom")) == ["bessel", "custom"]
    with pytest.raises(ParameterError) as error:
        validate_dataset_names(["bessel", "sunspots"])
    assert_message(error, "datasets[1]", "sunspots", "one of 'bessel', 'damped_shm'")
    with pytest.raises(ParameterError) as error:
        validate_dataset_names("bessel", key="train.grid.datasets")
    assert_message(error, "train.grid.datasets", "bessel", "a list of dataset names from bessel")
