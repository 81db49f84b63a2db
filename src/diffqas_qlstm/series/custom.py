"""A user's own series from a CSV file, validated before use (SPEC §8).

Example:
    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "mine.csv")
    >>> _ = open(path, "w").write("value\\n" + "\\n".join(str(v) for v in range(8)))
    >>> load_custom_series(path, "value", min_length=6).tolist()[:3]
    [0.0, 1.0, 2.0]
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd

from diffqas_qlstm.validation import InputDataError

FINITE = "allowed is a finite number in every row of the column"


def check_custom_file(path: str | Path) -> Path:
    """Return ``path`` as a ``Path`` if it names an existing file, else raise ``InputDataError``.

    Example:
        >>> check_custom_file("/no/such.csv")  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.InputDataError: Custom series file '/no/such.csv': the file does not exist
    """
    file = Path(path)
    if not file.exists():
        raise InputDataError(
            f"Custom series file '{file}': the file does not exist; allowed is the path of an "
            "existing CSV file (relative to the project root)"
        )
    if not file.is_file():
        raise InputDataError(
            f"Custom series file '{file}': not a regular file (a folder?); allowed is the path of a CSV file"
        )
    return file


def load_custom_series(
    path: str | Path, column: str, min_length: int, key: str = "data_generation.series.<name>"
) -> np.ndarray:
    """Read ``column`` of the CSV at ``path`` as a finite float64 series of >= ``min_length`` values.

    Raises ``InputDataError`` naming the file and the problem (and the line, counting the header
    as line 1) when the file is missing or not a CSV, the column does not exist, a value is not
    numeric, NaN/empty (a blank line inside the data counts) or infinite, or the series is
    shorter than ``min_length`` (``window + 2`` for one window). Trailing blank lines are ignored.
    """
    file = check_custom_file(path)
    try:
        # Only blank lines at the very end are dropped; a "nan" there is still refused below.
        text = file.read_text(encoding="utf-8-sig").rstrip()
        frame = pd.read_csv(io.StringIO(text), skip_blank_lines=False, float_precision="round_trip")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise InputDataError(
            f"Custom series file '{file}': not a readable CSV file ({error}); allowed is UTF-8 "
            "text with a header line and comma-separated values"
        ) from error
    if column not in frame.columns:
        found = ", ".join(repr(str(c)) for c in frame.columns)
        raise InputDataError(
            f"Custom series file '{file}': no column {column!r} (columns found: {found}); allowed "
            f"is one of the columns found, set as {key}.column"
        )
    raw = frame[column]
    numeric = pd.to_numeric(raw, errors="coerce")
    bad_text = numeric.isna() & raw.notna()
    for row in np.flatnonzero(bad_text.to_numpy()):  # e.g. 1e999: a number beyond float range
        overflow = _overflowing_number(raw.iloc[row])
        if overflow is not None:
            numeric.iloc[row], bad_text.iloc[row] = overflow, False
    if bad_text.any():
        row = int(np.flatnonzero(bad_text.to_numpy())[0])
        raise InputDataError(
            f"Custom series file '{file}': column {column!r} holds a non-numeric value "
            f"{raw.iloc[row]!r} at line {row + 2}; {FINITE}"
        )
    values = numeric.to_numpy(dtype=np.float64)
    if np.isnan(values).any():
        row = int(np.flatnonzero(np.isnan(values))[0])
        raise InputDataError(
            f"Custom series file '{file}': column {column!r} holds a NaN or empty value at line {row + 2}; {FINITE}"
        )
    if np.isinf(values).any():
        row = int(np.flatnonzero(np.isinf(values))[0])
        raise InputDataError(
            f"Custom series file '{file}': column {column!r} holds an infinite value at line {row + 2} "
            f"({float(values[row])!r}); {FINITE}"
        )
    if values.size < min_length:
        raise InputDataError(
            f"Custom series file '{file}': column {column!r} has {values.size} values, too short "
            f"for one window; allowed is at least {min_length} values (window + 2)"
        )
    return values


def _overflowing_number(cell: object) -> float | None:
    """``±inf`` for text that is a number too large for a float (``1e999``), else None."""
    try:
        value = float(str(cell).strip())
    except ValueError:
        return None
    return value if np.isinf(value) else None
