"""Parameter validation of data_generation and windowing: key, bad value, what is allowed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from diffqas_qlstm.config import WindowingConfig, parse_series, require_known_series
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
    specs = parse_series(GENERATION)
    assert list(specs) == ["bessel", "damped_shm", "delayed_quantum_control", "narma5", "narma10", "sunspots", "nile"]
    assert specs["narma10"].settings["n0"] == 10 and specs["narma10"].settings["T"] == 300  # the YAML merge key
    assert WindowingConfig.parse(WINDOWING, "windowing").to_parameters() == WINDOWING


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
        WindowingConfig.parse(with_value(WINDOWING, path, value), "windowing")
    assert_message(error, f"windowing.{path}", value, allowed)


def test_windowing_unknown_and_missing_settings() -> None:
    with pytest.raises(ParameterError) as error:
        WindowingConfig.parse({**WINDOWING, "windw": 4}, "windowing")
    assert_message(error, "windowing.windw", 4, "one of the keys window, train_fraction, scaler_fit")
    with pytest.raises(ParameterError) as error:
        WindowingConfig.parse({"window": 4, "train_fraction": 0.67}, "windowing")
    assert_message(error, "windowing.scaler_fit", None, "the setting is missing")
    with pytest.raises(ParameterError) as error:
        WindowingConfig.parse([4, 0.67], "windowing")
    assert_message(error, "windowing", [4, 0.67], "a mapping of settings")


@pytest.mark.parametrize(
    "path, value, allowed",
    [
        ("bessel.order", "two", "a finite number"),
        ("bessel.n_points", 256.0, "an integer >= 2"),
        ("bessel.n_points", "256", "an integer >= 2"),
        ("bessel.x_stop", 1.0, "a number > x_start (2.0)"),
        ("bessel.kind", "besel", "one of 'bessel', 'damped_shm', 'delayed_quantum_control', 'narma', 'csv'"),
        ("damped_shm.b", -0.1, "a finite number >= 0"),
        ("damped_shm.m", 0, "a finite number > 0"),
        ("damped_shm.rtol", "tight", "a finite number > 0"),
        ("damped_shm.method", "Euler", "one of 'RK45', 'RK23', 'DOP853'"),
        ("damped_shm.t_stop", -1.0, "a number > t_start (0.0)"),
        ("delayed_quantum_control.x_step", 0.0, "a finite number > 0"),
        ("delayed_quantum_control.n_pulses", 11.5, "an integer >= 1"),
        ("narma5.T", "300", "an integer >= 2"),
        ("narma5.y0", None, "a finite number"),
        ("narma5.frequencies", "2.11", "a non-empty list of (a finite number)"),
        ("narma5.frequencies", [], "a non-empty list of (a finite number)"),
        ("narma5.n0", 0, "an integer >= 1"),
        ("narma10.n0", "10", "an integer >= 1"),
        ("sunspots.dataset", "moon", "one of 'sunspots', 'nile'"),
        ("sunspots.column", "YEARS", "a column of statsmodels' sunspots: YEAR, SUNACTIVITY"),
        ("nile.column", "", "a non-empty text"),
    ],
)
def test_bad_series_settings(path: str, value: Any, allowed: str) -> None:
    with pytest.raises(ParameterError) as error:
        parse_series({"series": with_value(GENERATION["series"], path, value)})
    assert_message(error, f"data_generation.series.{path}", value, allowed)


def test_bad_frequency_item_names_its_index() -> None:
    series = with_value(GENERATION["series"], "narma5.frequencies", [2.11, "x"])
    with pytest.raises(ParameterError) as error:
        parse_series({"series": series})
    assert_message(error, "data_generation.series.narma5.frequencies[1]", "x", "a finite number")


def test_unknown_setting_missing_setting_and_bad_name() -> None:
    series = GENERATION["series"]
    with pytest.raises(ParameterError) as error:
        parse_series({"series": with_value(series, "bessel.ordr", 2)})
    assert_message(error, "data_generation.series.bessel.ordr", 2, "one of the keys values, order, x_start, x_stop, n_points")
    without = copy.deepcopy(series)
    del without["narma5"]["alpha"]
    with pytest.raises(ParameterError) as error:
        parse_series({"series": without})
    assert_message(error, "data_generation.series.narma5.alpha", None, "a value (the setting is missing)")
    with pytest.raises(ParameterError) as error:
        parse_series({"series": {**series, "My.Series": series["nile"]}})
    assert_message(error, "data_generation.series.My.Series", series["nile"], "lower-case letters, digits and _")


def test_the_old_layout_is_refused_pointing_to_the_series_block() -> None:
    with pytest.raises(ParameterError) as error:
        parse_series({**GENERATION, "custom": {"path": None, "column": "value"}})
    assert_message(error, "data_generation.custom", {"path": None, "column": "value"}, "data_generation.series.custom")


def test_a_csv_series_must_name_an_existing_file_and_time_column(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    mine = {"kind": "csv", "path": str(missing), "column": "value"}
    with pytest.raises(InputDataError, match="does not exist") as error:
        parse_series({"series": {"mine": mine}})
    assert str(missing) in str(error.value)
    (tmp_path / "ok.csv").write_text("day,value\n1,2\n")
    mine = {"kind": "csv", "path": str(tmp_path / "ok.csv"), "column": "value", "time_column": "date"}
    with pytest.raises(InputDataError, match=r"no column 'date'.*data_generation.series.mine.time_column"):
        parse_series({"series": {"mine": mine}})


def test_dataset_names_are_checked_against_the_configured_series() -> None:
    known = list(GENERATION["series"])
    assert require_known_series(["bessel", "nile"], known) == ["bessel", "nile"]
    with pytest.raises(ParameterError) as error:
        require_known_series(["bessel", "moon"], known, key="datasets")
    assert_message(error, "datasets[1]", "moon", "one of 'bessel', 'damped_shm'")
    with pytest.raises(ParameterError) as error:
        require_known_series("bessel", known, key="train.grid.datasets")
    assert_message(error, "train.grid.datasets", "bessel", "a list of series names from data_generation.series")
