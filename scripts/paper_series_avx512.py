"""The paper grid's ``damped_shm`` and ``delayed_quantum_control`` series as the machine that trained
the grid computed them, reproduced on any x86-64 CPU, into ``conf/paper/series/avx512/`` (which the paper
environment reads instead of integrating them again).

Why: data_generation computes these two series with NumPy and SciPy, whose float64 results depend
on the CPU in the last bits, and a changed last bit is a changed input to every committed run:

- NumPy 2.0.2 computes ``np.exp`` (float64) with Intel's SVML ``__svml_exp8_ha`` where AVX512_SKX is
  present, and with the C library's ``exp`` elsewhere (``delayed_quantum_control``: 166 of its 2200
  values differ, by at most 3.4e-16 relative);
- OpenBLAS 0.3.27 (NumPy's BLAS) takes its SkylakeX kernels there: ``dgemv`` with two rows (the C
  code compiled with ``-march=skylake-avx512``, so ``a*b + c*d`` becomes ``fma(a, b, c*d)``) and the
  small-matrix ``dgemm`` (eight-lane dot products, summed pairwise), where the Haswell/Zen kernels
  round each product (``damped_shm``: scipy's DOP853 calls both at every step).

The committed grid was trained where both held. This script replays exactly those operations —
the SVML polynomial and tables, the kernels' order of operations — in exact rational arithmetic with
one rounding per instruction, as the hardware does, while scipy's ``solve_ivp`` runs as usual. The
windows of what it writes carry the content hashes that the committed runs' records read; that is
checked by ``tests/series/test_paper_series.py``. On a machine with AVX-512, ``kedro run
--pipeline=data_generation`` with the base environment's series gives the same values.

Usage: ``python scripts/paper_series_avx512.py`` (write) or ``--check`` (compare with the committed
files; exit status 1 when they differ). Example: ``exp_avx512(1.0) == 2.718281828459045``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import struct
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "conf" / "paper" / "series" / "avx512"
SERIES = ("damped_shm", "delayed_quantum_control")

# __svml_exp8_ha's constants (numpy/SVML, linux/avx512/svml_z0_exp_d_ha.s): 2^(j/16) = TH[j]·(1 + TLR[j]).
TH = [float.fromhex(h) for h in (
    "0x1.0000000000000p+0", "0x1.0b5586cf9890fp+0", "0x1.172b83c7d517bp+0", "0x1.2387a6e756238p+0",
    "0x1.306fe0a31b715p+0", "0x1.3dea64c123422p+0", "0x1.4bfdad5362a27p+0", "0x1.5ab07dd485429p+0",
    "0x1.6a09e667f3bcdp+0", "0x1.7a11473eb0187p+0", "0x1.8ace5422aa0dbp+0", "0x1.9c49182a3f090p+0",
    "0x1.ae89f995ad3adp+0", "0x1.c199bdd85529cp+0", "0x1.d5818dcfba487p+0", "0x1.ea4afa2a490dap+0")]
TLR = [float.fromhex(h) for h in (
    "0x0.0p+0", "0x1.79aa65d837b6dp-54", "-0x1.01b15eaa59348p-55", "0x1.68efde3a8a894p-54",
    "0x1.34d754db0abb6p-55", "0x1.59f48a72a4c6dp-55", "0x1.690cebb7aafb0p-56", "0x1.063e1e21c5409p-54",
    "-0x1.3b3efbf5e2228p-54", "-0x1.b32dcb94da51dp-56", "0x1.db72fc1f0eab4p-55", "0x1.1affc2b91ce27p-56",
    "0x1.c1a7792cb3387p-55", "0x1.36eae30af0cb3p-56", "0x1.4a385a63d07a7p-56", "-0x1.ff7128fd391f0p-55")]
LOG2E, SHIFTER = float.fromhex("0x1.71547652b82fep+0"), float.fromhex("0x1.8000000003ff0p+48")
LN2_HIGH, LN2_LOW = float.fromhex("0x1.62e42fefa39efp-1"), float.fromhex("0x1.abc9e3b39803fp-56")
C1, C2, C3, C4, C5, C6 = (float.fromhex(h) for h in (
    "0x1.fffffffffff70p-1", "0x1.000000000d008p-1", "0x1.5555553939732p-3", "0x1.55557242d68fep-5",
    "0x1.1101cbbc265c0p-7", "0x1.7411836940c04p-10"))
THRESHOLD = float.fromhex("0x1.61da04cbafe44p+9")  # |x| at or above: SVML's scalar callout


def fma(a: float, b: float, c: float) -> float:
    """a·b + c rounded once (to nearest even), as vfmadd does."""
    return float(Fraction(float(a)) * Fraction(float(b)) + Fraction(float(c)))


def _bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def exp_avx512(x: float) -> float:
    """``np.exp(x)`` (float64) as NumPy 2.0.2 computes it with AVX512_SKX: ``__svml_exp8_ha``."""
    x = float(x)
    if not abs(x) < THRESHOLD:  # over/underflow and NaN: the callout; such values are 0, inf or nan
        return math.exp(x) if x < 0 or x != x else math.inf
    exact = Fraction(x) * Fraction(LOG2E) + Fraction(SHIFTER)  # vfmadd213pd {rz-sae}: toward zero
    shifted = float(exact)
    if Fraction(shifted) > exact:
        shifted = math.nextafter(shifted, 0.0)
    n = shifted - SHIFTER  # x·log2(e) to 4 fractional bits
    j = _bits(shifted) & 0xF
    r = fma(-n, LN2_HIGH, x)
    r = fma(-LN2_LOW, n, r)
    r2 = r * r
    p = fma(r2, fma(r, C6, C5), fma(r, C4, C3))
    p = fma(r2, p, fma(r, C2, C1))
    p = fma(p, r, TLR[j])
    return math.ldexp(fma(TH[j], p, TH[j]), math.floor(n))


def dgemv_two_rows(a: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``a @ x`` for ``a`` of two rows: OpenBLAS 0.3.27 SkylakeX ``dgemv_n`` (its ``m == 2``, ``lda == 2``
    path, with GCC's contraction ``t += fma(a0, x0, a2·x1)`` per pair and ``fma`` in the tail)."""
    n = a.shape[1]
    out = []
    for row in range(2):
        total, i = 0.0, 0
        while i < (n & -4):
            for k in (i, i + 2):
                total = total + fma(a[row, k], x[k], float(a[row, k + 1]) * float(x[k + 1]))
            i += 4
        for k in range(i, n):
            total = fma(a[row, k], x[k], total)
        out.append(total)
    return np.array(out)


def dgemm_small(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b`` for C-ordered ``a`` (rows ≤ 4 after OpenBLAS's row-major swap: ``b`` has 1–4 columns)
    and an inner size that is a multiple of 8: the SkylakeX small-matrix kernel's dot products, eight
    lanes of ``fma`` over k, then summed ((l0+l1)+(l2+l3)) + ((l4+l5)+(l6+l7))."""
    rows, inner = a.shape
    out = np.empty((rows, b.shape[1]))
    for i in range(rows):
        for j in range(b.shape[1]):
            lanes = [0.0] * 8
            for k in range(inner):
                lanes[k % 8] = fma(b[k, j], a[i, k], lanes[k % 8])
            out[i, j] = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]))
    return out


def ddot(x: np.ndarray, y: np.ndarray) -> float:
    """OpenBLAS's ``ddot`` for fewer than 16 values: ``dot = fma(y_i, x_i, dot)`` (SkylakeX build)."""
    total = 0.0
    for xi, yi in zip(x, y):
        total = fma(yi, xi, total)
    return total


class _Numpy:
    """NumPy for scipy's ``_ivp`` modules, with ``dot`` and ``linalg.norm`` replayed as above."""

    def __init__(self) -> None:
        self.linalg = type("linalg", (), {"__getattr__": lambda _, k: getattr(np.linalg, k),
                                          "norm": staticmethod(self.norm)})()

    def __getattr__(self, name: str) -> Any:
        return getattr(np, name)

    @staticmethod
    def dot(a: Any, b: Any) -> Any:
        a, b = np.asarray(a), np.asarray(b)
        if a.ndim == 2 and b.ndim == 1 and a.shape[0] == 2 and a.shape[1] > 1:
            return dgemv_two_rows(a, b)
        if a.ndim == 2 and b.ndim == 2 and b.shape[1] <= 4 and a.shape[1] % 8 == 0:
            return dgemm_small(a, b)
        if a.ndim == 2 and b.ndim == 1 and a.shape[1] == 1:  # NumPy's scalar path: one rounding each
            return np.dot(a, b)
        raise NotImplementedError(f"no AVX-512 replay of a dot of shapes {a.shape} and {b.shape}")

    @staticmethod
    def norm(x: Any, *args: Any, **kwargs: Any) -> float:
        if args or kwargs or np.ndim(x) != 1 or np.size(x) >= 16:
            raise NotImplementedError("no AVX-512 replay of this norm")
        x = np.asarray(x, dtype=np.float64)
        return math.sqrt(ddot(x, x))


class _GeneratorsNumpy:
    """NumPy for the series generators, with ``exp`` replayed as ``__svml_exp8_ha``."""

    def __getattr__(self, name: str) -> Any:
        return getattr(np, name)

    @staticmethod
    def exp(x: Any) -> np.ndarray:
        return np.vectorize(exp_avx512, otypes=[np.float64])(x)


@contextlib.contextmanager
def as_avx512() -> Iterator[None]:
    """Within: the generators' ``np.exp`` and scipy's ``solve_ivp`` (RK methods) replayed as above."""
    import scipy.integrate._ivp.common as common
    import scipy.integrate._ivp.rk as rk

    from diffqas_qlstm.series import generators

    saved = rk.np, common.np, generators.np
    rk.np, common.np, generators.np = _Numpy(), _Numpy(), _GeneratorsNumpy()
    try:
        yield
    finally:
        rk.np, common.np, generators.np = saved


def series_tables() -> dict[str, pd.DataFrame]:
    """The raw tables (``t``, ``value``) of the two series, with conf/base's settings, as on AVX-512."""
    from diffqas_qlstm.config import parse_series
    from diffqas_qlstm.config.environment import load_parameters
    from diffqas_qlstm.series.kinds import raw_table

    specs = parse_series(load_parameters("base")["data_generation"])
    with as_avx512():
        return {name: raw_table(specs[name]) for name in SERIES}


def csv_text(table: pd.DataFrame) -> str:
    """The table as the paper environment reads it (every float written to round-trip)."""
    buffer = io.StringIO()
    table.to_csv(buffer, index=False)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with conf/paper/series/avx512/; write nothing")
    args = parser.parse_args(argv)
    differ = []
    for name, table in series_tables().items():
        target = OUT / f"{name}.csv"
        text = csv_text(table)
        if args.check:
            if not target.is_file() or target.read_text() != text:
                differ.append(str(target.relative_to(ROOT)))
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".csv.tmp")
        temporary.write_text(text)
        temporary.replace(target)
        print(f"wrote {target.relative_to(ROOT)} ({len(table)} values)")
    if differ:
        print("differ from the AVX-512 replay: " + ", ".join(differ), file=sys.stderr)
        return 1
    if args.check:
        print("conf/paper/series/avx512/ matches the AVX-512 replay")
    return 0


if __name__ == "__main__":
    sys.exit(main())
