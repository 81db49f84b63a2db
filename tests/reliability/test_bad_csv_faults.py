"""CSV faults that pandas reads without a word are refused before any node (issue 23, SPEC §8).

Each fault is a real file named as a ``kind: csv`` series of the grid; the parameter hook (the one
that runs before the first node) must refuse it naming the file, the series' key and the problem.
"""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
from kedro.io import DataCatalog

from diffqas_qlstm.hooks import ParameterValidationHook
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.validation import InputDataError

BASE = load_parameters("base")
VALUES = "\n".join(f"{0.1 * i:.3f}" for i in range(20))


def _refused(tmp_path: Path, content: bytes, column: str = "value", time_column: str | None = None) -> str:
    path = tmp_path / "mine.csv"
    path.write_bytes(content)
    parameters = copy.deepcopy(BASE)
    parameters["train"]["grid"]["datasets"] = ["mine"]
    series = {"kind": "csv", "path": str(path), "column": column}
    if time_column:
        series["time_column"] = time_column
    parameters["data_generation"]["series"]["mine"] = series
    catalog = DataCatalog()
    catalog["parameters"] = parameters
    for name, value in parameters.items():
        catalog[f"params:{name}"] = value
    with pytest.raises(InputDataError) as info:
        ParameterValidationHook().before_pipeline_run(run_params={}, pipeline=None, catalog=catalog)
    message = str(info.value)
    assert str(path) in message and "data_generation.series.mine" in message, message
    return message


def test_decimal_commas_are_refused_instead_of_becoming_an_index(tmp_path):
    text = "value\n" + "\n".join(f"0,{100 + 7 * i}" for i in range(20))
    assert "line 2 has 2 fields but the header has 1" in _refused(tmp_path, text.encode())


def test_a_column_named_twice_is_refused(tmp_path):
    text = "value,value\n" + "\n".join(f"{i},{-i}" for i in range(20))
    assert "the column 'value' appears twice" in _refused(tmp_path, text.encode())


def test_values_whose_range_overflows_float64_are_refused(tmp_path):
    text = "value\n" + "\n".join(["1.7e308", "-1.7e308"] * 10)
    assert "overflows float64" in _refused(tmp_path, text.encode())


def test_a_constant_series_is_refused_before_any_node(tmp_path):
    assert "is constant (0.5 in every row)" in _refused(tmp_path, ("value\n" + "0.5\n" * 20).encode())


@pytest.mark.parametrize("time_column", [None, "t"])
def test_undecodable_bytes_are_refused_naming_the_line_with_or_without_a_time_column(tmp_path, time_column):
    content = ("t,value\n" + "\n".join(f"{i},{i * 0.1:.2f}" for i in range(5))).encode() + b"\n5,\xff\xfe\n"
    content += "\n".join(f"{i},{i * 0.1:.2f}" for i in range(6, 20)).encode()
    message = _refused(tmp_path, content, time_column=time_column)
    assert "not UTF-8 text (byte 0xff" in message and "line 7" in message


def test_a_good_file_still_passes(tmp_path):
    path = tmp_path / "good.csv"
    path.write_text("t,value\n" + "\n".join(f"{i},{np.sin(i):.4f}" for i in range(20)))
    parameters = copy.deepcopy(BASE)
    parameters["data_generation"]["series"]["good"] = {"kind": "csv", "path": str(path), "column": "value",
                                                       "time_column": "t"}
    parameters["train"]["grid"]["datasets"] = ["good"]
    catalog = DataCatalog()
    catalog["parameters"] = parameters
    ParameterValidationHook().before_pipeline_run(run_params={}, pipeline=None, catalog=catalog)
