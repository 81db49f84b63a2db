"""A user's CSV: the happy path and every bad-input message (SPEC §8)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from diffqas_qlstm.series.custom import load_custom_series
from diffqas_qlstm.validation import InputDataError


def write(tmp_path: Path, text: str, name: str = "mine.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_loads_the_named_column(tmp_path: Path) -> None:
    path = write(tmp_path, "t,value,other\n" + "\n".join(f"{i},{i * 0.5},x" for i in range(6)))
    values = load_custom_series(path, "value", min_length=6)
    assert values.dtype == np.float64
    np.testing.assert_array_equal(values, np.arange(6) * 0.5)


@pytest.mark.parametrize(
    "text, column, problem",
    [
        ("t,value\n" + "\n".join(f"{i},{i}" for i in range(8)), "price", r"no column 'price'.*'t', 'value'"),
        ("value\n1\n2\nabc\n4\n5\n6\n7", "value", r"non-numeric value 'abc' at line 4"),
        ("value\n1\n2\n3\n\n5\n6\n7\n8", "value", r"NaN or empty value at line 5"),
        ("value\n1\n2\n3\n4\n5\n6\n7\n8\n\n\n", "value", None),  # trailing blank lines
        ("t,value\n0,1\n1,\n2,3\n3,4\n4,5\n5,6\n6,7", "value", r"NaN or empty value at line 3"),
        ("value\n1\nnan\n3\n4\n5\n6\n7", "value", r"NaN or empty value at line 3"),
        ("value\n1\n2\ninf\n4\n5\n6\n7", "value", r"infinite value at line 4"),
        ("value\n1\n2\n-inf\n4\n5\n6\n7", "value", r"infinite value at line 4"),
        ("value\n1\n2\n3\n4\n5", "value", r"has 5 values, too short for one window; allowed is at least 6 values \(window \+ 2\)"),
        ("", "value", r"not a readable CSV file"),
    ],
)
def test_bad_files_name_the_file_and_the_problem(
    tmp_path: Path, text: str, column: str, problem: str | None
) -> None:
    path = write(tmp_path, text)
    if problem is None:
        assert len(load_custom_series(path, column, min_length=6)) == 8
        return
    with pytest.raises(InputDataError, match=problem) as info:
        load_custom_series(path, column, min_length=6)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    with pytest.raises(InputDataError, match="does not exist") as info:
        load_custom_series(path, "value", min_length=6)
    assert str(path) in str(info.value)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(InputDataError, match="not a regular file") as info:
        load_custom_series(tmp_path, "value", min_length=6)
    assert str(tmp_path) in str(info.value)
