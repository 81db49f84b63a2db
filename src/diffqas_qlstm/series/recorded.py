"""Recorded values of a generated series: a CSV of the values a generator computed once, read in
place of computing them again where they agree with what the settings compute here.

A generator's float64 results can differ in the last bits between CPUs (NumPy's ``exp`` and
OpenBLAS's kernels round differently with and without AVX-512), and a windows file that differs in a
last bit is a changed input to every run that read it. A series entry's ``values:`` pins the values:
:func:`recorded_table` reads the file and checks it against the table the settings give on this
machine, column by column, to within :data:`TOLERANCE` of the column's range — far above any CPU's
rounding (about 1e-15 of the range), far below any change of a setting — and refuses the file,
naming it, the key, the line and both values, where it does not agree.

Example:
    >>> import tempfile, numpy as np, pandas as pd
    >>> table = pd.DataFrame({"t": np.arange(3.0), "value": [0.1, 0.2, 0.3]})
    >>> path = tempfile.mkdtemp() + "/s.csv"
    >>> table.assign(value=[0.1, 0.2, np.nextafter(0.3, 1.0)]).to_csv(path, index=False)  # another CPU
    >>> recorded_table(table, path, "data_generation.series.s.values")["value"].tolist()
    [0.1, 0.2, 0.30000000000000004]
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd

from diffqas_qlstm.series.custom import check_custom_file, read_csv_text
from diffqas_qlstm.validation import InputDataError

TOLERANCE = 1e-9
"""Largest difference allowed between a recorded value and the generated one, relative to the
generated column's range (its largest absolute value where that is larger)."""


def recorded_table(generated: pd.DataFrame, path: str | Path, key: str) -> pd.DataFrame:
    """The table in ``path`` (the columns of ``generated``, as many rows, read back exactly), where
    every value agrees with ``generated`` to within :data:`TOLERANCE`; :class:`InputDataError` naming
    ``key``, the file and the first value that does not (or the columns or length that differ)."""
    file = check_custom_file(path)
    allowed = ("allowed are the values these settings compute, to within "
               f"{TOLERANCE:g} of the column's range (the last bits CPUs round differently): write "
               f"them again from the settings, or remove {key}")
    try:
        frame = pd.read_csv(io.StringIO(read_csv_text(file, key)), float_precision="round_trip")
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise InputDataError(f"Recorded values '{file}' ({key}): not a readable CSV file ({error}); {allowed}") from error
    if list(frame.columns) != list(generated.columns) or len(frame) != len(generated):
        raise InputDataError(
            f"Recorded values '{file}' ({key}): columns {list(map(str, frame.columns))} and {len(frame)} rows, "
            f"where the settings give columns {list(generated.columns)} and {len(generated)} rows; {allowed}"
        )
    for column in generated.columns:
        expected = generated[column].to_numpy(dtype=np.float64)
        found = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=np.float64)
        scale = max(float(np.ptp(expected)), float(np.abs(expected).max()), np.finfo(np.float64).tiny)
        with np.errstate(invalid="ignore"):
            off = np.abs(found - expected) / scale
        bad = np.flatnonzero(~(off <= TOLERANCE))
        if bad.size:
            row = int(bad[0])
            raise InputDataError(
                f"Recorded values '{file}' ({key}): {column} = {frame[column].iloc[row]!r} at line {row + 2}, "
                f"where the settings give {float(expected[row])!r} ({bad.size} of {len(frame)} values differ "
                f"by more than {TOLERANCE:g} of the range {scale:.6g}); {allowed}"
            )
    return frame.astype(generated.dtypes.to_dict())
