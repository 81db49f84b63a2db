"""Property tests (hypothesis): malformed custom CSVs are refused, naming file, value and what is allowed.

Each example writes a CSV of a random valid series (random column name, extra columns), spoils
it in one way — missing file, missing column, a non-numeric / NaN / ±inf cell, too short, empty,
header only, a blank line inside, random bytes — and checks that both the node's reader
(``load_custom_series``) and the run hook's check (``validate_run_parameters``) raise
``InputDataError`` with the same message, and never another exception type.
"""

from __future__ import annotations

import copy
import math
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diffqas_qlstm.hooks import validate_run_parameters
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.series.custom import load_custom_series
from diffqas_qlstm.validation import InputDataError

BASE = load_parameters("base")
WINDOW = BASE["windowing"]["window"]
MIN_LENGTH = WINDOW + 2
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

COLUMN = st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True)
FINITE = st.floats(allow_nan=False, allow_infinity=False, width=64)
SERIES = st.lists(FINITE, min_size=MIN_LENGTH, max_size=30).filter(
    # A valid series varies, and its range fits a float64 (both are refused otherwise: SPEC §8).
    lambda v: min(v) != max(v) and np.isfinite(np.float64(max(v)) - np.float64(min(v))))
# Text pandas cannot read as a number or as NaN (no n…/i… words such as nan, null, inf).
NON_NUMERIC = st.from_regex(r"[a-hj-mo-z][a-z]{0,5}", fullmatch=True) | st.sampled_from(
    ["1.2.3", "12abc", "--1", "0x1G", "1e", "one", "$5", "3 4"]
)
NAN_TEXT = st.sampled_from(["nan", "NaN", "NA", "null", "N/A", ""])
INF_TEXT = st.sampled_from(["inf", "-inf", "Infinity", "-Infinity", "1e999", "-1e400"])


def _csv(column: str, values: list[str], extra: bool) -> str:
    """The file text: ``Index,<column>,Note`` (or ``<column>`` only), one row per value."""
    if not extra:
        return "\n".join([column, *values]) + "\n"
    rows = [f"{i},{v},x" for i, v in enumerate(values)]
    return "\n".join([f"Index,{column},Note", *rows]) + "\n"


def _parameters(path: Path, column: str) -> dict[str, Any]:
    params = copy.deepcopy(BASE)
    params["data_generation"]["series"]["custom"] = {"kind": "csv", "path": str(path), "column": column}
    params["train"]["grid"]["datasets"] = ["custom"]
    return params


def _refused(path: Path, column: str) -> str:
    """The message both readers give; they must agree and raise nothing but InputDataError."""
    with pytest.raises(InputDataError) as direct:
        load_custom_series(path, column, min_length=MIN_LENGTH, key="data_generation.series.custom")
    with pytest.raises(InputDataError) as hooked:
        validate_run_parameters(_parameters(path, column))
    assert str(direct.value) == str(hooked.value)
    message = str(direct.value)
    assert f"'{path}'" in message and "; allowed is " in message
    return message


@SETTINGS
@given(column=COLUMN, series=SERIES, extra=st.booleans(), trailing_blank_lines=st.integers(0, 3))
def test_a_valid_file_loads_exactly(column: str, series: list[float], extra: bool, trailing_blank_lines: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        path.write_text(_csv(column, [repr(v) for v in series], extra) + "\n" * trailing_blank_lines)
        np.testing.assert_array_equal(load_custom_series(path, column, min_length=MIN_LENGTH), series)
        validate_run_parameters(_parameters(path, column))


@SETTINGS
@given(column=COLUMN, series=SERIES, extra=st.booleans(), data=st.data())
def test_a_bad_cell_names_file_line_value_and_what_is_allowed(
    column: str, series: list[float], extra: bool, data: st.DataObject
) -> None:
    kind = data.draw(st.sampled_from(["non_numeric", "nan", "inf"]))
    cell = data.draw({"non_numeric": NON_NUMERIC, "nan": NAN_TEXT, "inf": INF_TEXT}[kind])
    # An empty cell on the last line of a one-column file is a trailing blank line (ignored).
    last = len(series) - (2 if cell == "" and not extra else 1)
    row = data.draw(st.integers(0, last))
    values = [repr(v) for v in series]
    values[row] = cell
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        path.write_text(_csv(column, values, extra))
        message = _refused(path, column)
    assert f"column '{column}'" in message and f"at line {row + 2}" in message
    assert "allowed is a finite number" in message
    if kind == "non_numeric":
        assert f"non-numeric value {cell!r}" in message
    elif kind == "nan":
        assert "NaN or empty value" in message
    else:
        assert "infinite value" in message and repr(math.copysign(math.inf, -1 if "-" in cell else 1)) in message


@SETTINGS
@given(column=COLUMN, series=SERIES, extra=st.booleans(), data=st.data())
def test_a_blank_line_inside_the_data_is_refused(
    column: str, series: list[float], extra: bool, data: st.DataObject
) -> None:
    row = data.draw(st.integers(0, len(series) - 1))
    lines = _csv(column, [repr(v) for v in series], extra).splitlines()
    lines.insert(row + 1, "")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        path.write_text("\n".join(lines) + "\n")
        message = _refused(path, column)
    assert f"NaN or empty value at line {row + 2}" in message


@SETTINGS
@given(column=COLUMN, other=COLUMN, series=SERIES, extra=st.booleans())
def test_a_missing_column_names_the_columns_found(column: str, other: str, series: list[float], extra: bool) -> None:
    assume(other != column)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        path.write_text(_csv(column, [repr(v) for v in series], extra))
        message = _refused(path, other)
    assert f"no column {other!r}" in message and f"'{column}'" in message


@SETTINGS
@given(column=COLUMN, series=st.lists(FINITE, max_size=MIN_LENGTH - 1), extra=st.booleans())
def test_too_short_or_header_only_says_how_many_are_needed(column: str, series: list[float], extra: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        path.write_text(_csv(column, [repr(v) for v in series], extra))
        message = _refused(path, column)
    assert f"has {len(series)} values, too short" in message and f"at least {MIN_LENGTH}" in message


@SETTINGS
@given(column=COLUMN, content=st.binary(max_size=200) | st.sampled_from([b"", b"\n", b"\n\n\n", b"\xff\xfe\x00"]))
def test_empty_or_garbage_files_are_refused_without_crashing(column: str, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        path.write_bytes(content)
        try:
            values = load_custom_series(path, column, min_length=MIN_LENGTH)
        except InputDataError as error:
            assert f"'{path}'" in str(error)
            return
    assert len(values) >= MIN_LENGTH and np.isfinite(values).all()  # garbage that is a valid CSV


@SETTINGS
@given(name=st.from_regex(r"[a-z]{1,8}\.csv", fullmatch=True), column=COLUMN)
def test_a_missing_file_is_named(name: str, column: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        message = _refused(path, column)
    assert "does not exist" in message
