"""A user's own series from a CSV file, validated before use (SPEC §8).

Example:
    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "mine.csv")
    >>> _ = open(path, "w").write("value\\n" + "\\n".join(str(v) for v in range(8)))
    >>> load_custom_series(path, "value", min_length=6).tolist()[:3]
    [0.0, 1.0, 2.0]
"""

from __future__ import annotations

import csv
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

    Raises ``InputDataError`` naming the file, the series' key and the problem (and the line,
    counting the header as line 1) when the file is missing, not UTF-8 or not a CSV, a line has
    more fields than the header (e.g. decimal commas, which pandas would silently turn into an
    index), a column name repeats, the column does not exist, a value is not numeric, NaN/empty
    (a blank line inside the data counts) or infinite, the values' range overflows float64, the
    series is constant, or it is shorter than ``min_length`` (``window + 2`` for one window).
    Trailing blank lines are ignored.
    """
    file = check_custom_file(path)
    text = read_csv_text(file, key)
    _check_fields(text, file, key)
    try:
        frame = pd.read_csv(io.StringIO(text), skip_blank_lines=False, float_precision="round_trip")
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise InputDataError(
            f"Custom series file '{file}' ({key}): not a readable CSV file ({error}); allowed is UTF-8 "
            "text with a header line and comma-separated values"
        ) from error
    if column not in frame.columns:
        found = ", ".join(repr(str(c)) for c in frame.columns)
        raise InputDataError(
            f"Custom series file '{file}' ({key}): no column {column!r} (columns found: {found}); allowed "
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
            f"Custom series file '{file}' ({key}): column {column!r} holds a non-numeric value "
            f"{raw.iloc[row]!r} at line {row + 2}; {FINITE}"
        )
    values = numeric.to_numpy(dtype=np.float64)
    if np.isnan(values).any():
        row = int(np.flatnonzero(np.isnan(values))[0])
        raise InputDataError(
            f"Custom series file '{file}' ({key}): column {column!r} holds a NaN or empty value at line {row + 2}; {FINITE}"
        )
    if np.isinf(values).any():
        row = int(np.flatnonzero(np.isinf(values))[0])
        raise InputDataError(
            f"Custom series file '{file}' ({key}): column {column!r} holds an infinite value at line {row + 2} "
            f"({float(values[row])!r}); {FINITE}"
        )
    if values.size < min_length:
        raise InputDataError(
            f"Custom series file '{file}' ({key}): column {column!r} has {values.size} values, too short "
            f"for one window; allowed is at least {min_length} values (window + 2)"
        )
    with np.errstate(over="ignore"):
        overflows = bool(values.size) and not np.isfinite(values.max() - values.min())
    if overflows:
        raise InputDataError(
            f"Custom series file '{file}' ({key}): column {column!r} spans {float(values.min())!r} to "
            f"{float(values.max())!r}, "
            "a range that overflows float64 (scaling would give NaN); allowed is a range below 1.7e308"
        )
    if values.size >= 2 and values.min() == values.max():
        raise InputDataError(
            f"Custom series file '{file}' ({key}): column {column!r} is constant ({float(values[0])!r} in every "
            "row); allowed is a series that varies (a constant cannot be scaled or predicted)"
        )
    return values


def read_csv_text(file: Path, key: str) -> str:
    """The file's text as UTF-8 (a BOM allowed), trailing blank lines dropped; undecodable bytes are
    refused naming the file, the key and the byte's offset."""
    try:
        # Only blank lines at the very end are dropped; a "nan" there is still refused later.
        return file.read_bytes().decode("utf-8-sig").rstrip()
    except UnicodeDecodeError as error:
        line = file.read_bytes()[: error.start].count(b"\n") + 1
        raise InputDataError(
            f"Custom series file '{file}' ({key}): not UTF-8 text (byte {error.object[error.start]:#04x} at "
            f"offset {error.start}, line {line}); allowed is a UTF-8 encoded CSV file"
        ) from error


def _check_fields(text: str, file: Path, key: str) -> None:
    """Refuse repeated column names and lines with more fields than the header (pandas would read
    ``0,102`` under a one-column header as index 0, value 102)."""
    rows = csv.reader(io.StringIO(text))
    header = next(rows, None)
    if not header:
        return
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise InputDataError(
                f"Custom series file '{file}' ({key}): the column {name!r} appears twice in the header; "
                "allowed is a header whose column names are all different"
            )
        seen.add(name)
    for number, row in enumerate(rows, start=2):
        if len(row) > len(header):
            raise InputDataError(
                f"Custom series file '{file}' ({key}): line {number} has {len(row)} fields but the header "
                f"has {len(header)} ({','.join(row)!r}; decimal commas?); allowed is at most one field per "
                "header column, with '.' as the decimal mark"
            )


def _overflowing_number(cell: object) -> float | None:
    """``±inf`` for text that is a number too large for a float (``1e999``), else None."""
    try:
        value = float(str(cell).strip())
    except ValueError:
        return None
    return value if np.isinf(value) else None
