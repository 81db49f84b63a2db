"""Recorded values of a generated series (``values:``), and the paper environment's two integrated
series, which are read so on every CPU."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from diffqas_qlstm.config import parse_series
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.records import file_entry, same_input
from diffqas_qlstm.series.kinds import raw_table
from diffqas_qlstm.series.recorded import TOLERANCE
from diffqas_qlstm.series.windowing import windows_for_dataset
from diffqas_qlstm.validation import InputDataError

ROOT = Path(__file__).resolve().parents[2]
BESSEL = {"kind": "bessel", "order": 2, "x_start": 2.0, "x_stop": 30.0, "n_points": 40}


def spec(path: Path | None, entry: dict = BESSEL) -> object:
    return parse_series({"series": {"s": {**entry, "values": None if path is None else str(path)}}})["s"]


def test_recorded_values_that_agree_to_the_last_bits_are_read_in_place_of_the_generated_ones(tmp_path: Path) -> None:
    generated = raw_table(spec(None))
    recorded = generated.copy()
    recorded["value"] = np.nextafter(recorded["value"].to_numpy(), np.inf)  # another CPU's last bit
    recorded.to_csv(tmp_path / "s.csv", index=False)
    table = raw_table(spec(tmp_path / "s.csv"))
    np.testing.assert_array_equal(table["value"].to_numpy(), recorded["value"].to_numpy())
    assert not np.array_equal(table["value"].to_numpy(), generated["value"].to_numpy())
    assert list(table.columns) == ["t", "value"] and table.dtypes.equals(generated.dtypes)


def test_recorded_values_of_other_settings_are_refused_naming_the_key_the_file_the_line_and_both_values(tmp_path: Path) -> None:
    generated = raw_table(spec(None))
    recorded = generated.copy()
    recorded.loc[7, "value"] += 1e3 * TOLERANCE * np.ptp(generated["value"])  # e.g. another order
    recorded.to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(InputDataError, match=r"s\.csv' \(data_generation\.series\.s\.values\): value = .* at line 9, "
                                               r"where the settings give .*1 of 40 values differ.*remove data_generation"):
        raw_table(spec(tmp_path / "s.csv"))


@pytest.mark.parametrize("change, problem", [
    (lambda t: t.iloc[:-1], r"columns \['t', 'value'\] and 39 rows, where the settings give columns \['t', 'value'\] and 40 rows"),
    (lambda t: t.rename(columns={"value": "v"}), r"columns \['t', 'v'\] and 40 rows"),
    (lambda t: t.assign(value=t["value"].astype(object).where(t.index != 3, "abc")), r"value = 'abc' at line 5"),
])
def test_recorded_values_of_another_shape_or_not_numeric_are_refused(tmp_path: Path, change, problem: str) -> None:
    change(raw_table(spec(None))).to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(InputDataError, match=problem):
        raw_table(spec(tmp_path / "s.csv"))


def test_a_missing_recorded_values_file_stops_the_parse_before_any_node(tmp_path: Path) -> None:
    with pytest.raises(InputDataError, match=r"missing\.csv"):
        spec(tmp_path / "missing.csv")


def test_narma_records_its_input_and_output_columns(tmp_path: Path) -> None:
    entry = {"kind": "narma", "n0": 5, "T": 60, "y0": 0.196, "frequencies": [2.11, 3.73, 4.11], "amplitude": 0.1,
             "offset": 1.0, "alpha": 0.3, "beta": 0.05, "gamma": 1.5, "delta": 0.1}
    generated = raw_table(spec(None, entry))
    generated.to_csv(tmp_path / "n.csv", index=False)
    assert raw_table(spec(tmp_path / "n.csv", entry)).equals(generated)
    generated.assign(y=generated["y"] * 1.001).to_csv(tmp_path / "n.csv", index=False)
    with pytest.raises(InputDataError, match=r"y = .* at line 2"):
        raw_table(spec(tmp_path / "n.csv", entry))


def paper_windows(name: str, tmp_path: Path) -> Path:
    params = load_parameters("paper")
    window = params["windowing"]
    raw = raw_table(parse_series(params["data_generation"])[name], window["window"] + 2)
    windows = windows_for_dataset(raw, window["window"], window["train_fraction"], window["scaler_fit"])
    np.savez(tmp_path / f"windows_{name}.npz", **windows)
    return tmp_path / f"windows_{name}.npz"


@pytest.mark.parametrize("name", ["damped_shm", "delayed_quantum_control"])
def test_every_committed_run_of_an_integrated_series_read_the_paper_environments_windows_on_this_cpu(name: str, tmp_path: Path) -> None:
    path, key = paper_windows(name, tmp_path), f"windows_{name}"
    here = file_entry(path, tmp_path)["sha256"]
    exact = near = 0
    for record_file in (ROOT / "results" / "paper").rglob("record_*.json"):
        record = json.loads(record_file.read_text())
        digest = record["inputs"].get(key)
        if digest is None:
            continue
        assert same_input(record, key, digest, path), f"{record_file} read other windows_{name}"
        exact += digest == here
        near += digest != here
    assert exact > near > 0  # most read these very bytes; the others another CPU's rounding of them


def test_the_avx512_replay_writes_the_committed_paper_series_byte_for_byte() -> None:
    loaded = importlib.util.spec_from_file_location("paper_series_avx512", ROOT / "scripts" / "paper_series_avx512.py")
    script = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(script)
    assert script.exp_avx512(1.0) == 2.718281828459045
    tables = script.series_tables()
    for name, table in tables.items():
        assert script.csv_text(table) == (ROOT / "conf" / "paper" / "series" / "avx512" / f"{name}.csv").read_text()
    xs = np.random.default_rng(0).uniform(-700.0, 700.0, 2000)
    assert all(abs(script.exp_avx512(x) - np.exp(x)) <= 2 * np.spacing(np.exp(x)) for x in xs)  # SVML's ha: ≤ 1 ulp
