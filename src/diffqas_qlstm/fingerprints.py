"""Fingerprints of a windows file that tell CPU rounding from a changed series.

The series data_generation integrates come out in other last bits on other CPUs (NumPy's ``exp``
and OpenBLAS's kernels round differently with and without AVX-512), so a run's record, which names
each input by its SHA-256, would call a windows file generated elsewhere a changed input and train
the run again. A record therefore also keeps a fingerprint of each windows input
(:data:`NEAR_INPUTS`): the layout (names, dtypes, shapes and the integer arrays, exactly) and a few
weighted sums of every float value. Two files whose layouts are equal and whose sums agree to within
:data:`TOLERANCE` of the values' absolute sum hold the same windows up to rounding — far above any
CPU's (about 1e-15), far below any change of a setting.

Example:
    >>> import tempfile, numpy as np
    >>> folder = Path(tempfile.mkdtemp())
    >>> series = np.sin(np.arange(50.0))
    >>> np.savez(folder / "a.npz", series=series, window=np.int64(4))
    >>> np.savez(folder / "b.npz", series=np.nextafter(series, 2.0), window=np.int64(4))
    >>> np.savez(folder / "c.npz", series=series * (1 + 1e-6), window=np.int64(4))
    >>> a = fingerprint(folder / "a.npz")
    >>> near_equal(a, fingerprint(folder / "b.npz")), near_equal(a, fingerprint(folder / "c.npz"))
    (True, False)
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

NEAR_INPUTS = "windows_"
"""Inputs whose names start so are compared to within rounding: a series' windows."""

TOLERANCE = 1e-9
"""Largest difference of two fingerprints' weighted sums, relative to the values' absolute sum."""

WEIGHTS = 4
"""Weighted sums per fingerprint: the plain sum and cos(k·(0.5·i + 1)) for k = 1 … WEIGHTS − 1."""


def fingerprint(path: Path) -> dict[str, Any]:
    """``{layout, sums, scale}`` of an ``.npz``: the SHA-256 of its array names, dtypes, shapes and
    non-float arrays; :data:`WEIGHTS` weighted sums of its float values (in name order); their
    absolute sum."""
    layout = hashlib.sha256()
    values = []
    with np.load(path, allow_pickle=False) as archive:
        for key in sorted(archive.files):
            array = np.ascontiguousarray(archive[key])
            layout.update(f"{key}|{array.dtype}|{array.shape}|".encode())
            if np.issubdtype(array.dtype, np.floating):
                values.append(array.astype(np.float64).ravel())
            else:
                layout.update(array.tobytes())
    flat = np.concatenate(values) if values else np.zeros(0)
    index = np.arange(flat.size, dtype=np.float64)
    sums = [float(np.sum(flat * np.cos(k * (0.5 * index + 1.0)))) for k in range(WEIGHTS)]
    return {"layout": layout.hexdigest(), "sums": sums, "scale": float(np.abs(flat).sum())}


def near_equal(recorded: Mapping[str, Any] | None, current: Mapping[str, Any]) -> bool:
    """Whether two fingerprints are of the same arrays up to rounding (False without a record)."""
    if not recorded or recorded.get("layout") != current["layout"]:
        return False
    if len(recorded.get("sums", ())) != len(current["sums"]):
        return False
    bound = TOLERANCE * max(float(recorded["scale"]), current["scale"], np.finfo(np.float64).tiny)
    pairs = [*zip(recorded["sums"], current["sums"]), (recorded["scale"], current["scale"])]
    return all(abs(float(a) - b) <= bound for a, b in pairs)
