"""The fidelity note of ``docs/RESULTS.md``: where we follow the first author's public QLSTM, where
we differ, and — for the differences the results folder has measured — how much they move a run.

The precision bullet is written from the rerun band (:func:`~diffqas_qlstm.report.rerun.rerun_table`):
the double-precision reruns (``precision == "double"``) against the single-precision changes that
should not matter (a 1e-7 perturbation of θ, another thread count, another float32 backend), and
each double-precision result placed among the grid's float32 seeds of the same (dataset, model) —
the distribution, not one seed, is what a comparison may rest on.

Example:
    >>> runs = pd.DataFrame({"run": ["d.m.seed_0", "d.m.seed_1", "d.m.seed_2"], "dataset": "d", "model": "m",
    ...                      "seed": [0, 1, 2], "test_mse": [1e-4, 3e-4, 2e-4], "derived_test_mse": None})
    >>> band = pd.DataFrame({"label": ["double"], "run": ["d.m.seed_0"], "precision": ["double"],
    ...                      "test_mse": [2.5e-4], "ratio": [2.5], "derived_test_mse": [None],
    ...                      "derived_ratio": [float("nan")]})
    >>> print(precision_bullet(runs, band).split("Measured: ")[1].split(" (the")[0])
    1 committed run re-run in double precision
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

AGREEMENT = """\
The first author's public "modern" QLSTM (PyTorch + PennyLane) and ours agree on: the cell
(SPEC §4.1: [x_t, h_{t-1}] → four VQCs → LSTM gating), the circuit of `baseline_1` (H on every
qubit, Ry(x) encoding, brick CNOT entangler, Ry variational layers, ⟨Z⟩ of the first `hidden`
qubits, a Linear head on the last hidden state), RMSprop (lr 0.01, ρ 0.99, ε 1e-8), batch 10 in
order, window 4, θ ~ 0.01·N(0, 1). Where we differ:"""

UNSTATED = """\
- **Unstated details** of the DiffQAS ensemble: whether architecture weights are normalised (both
  forms are here: `diffqas_nonshared` linear, `diffqas_nonshared_softmax`), their initial value
  (ours 1/N linear, 0 softmax) and learning rate (ours: the same RMSprop as θ)."""

FLOAT32 = ("- **float32** (TensorFlow, TFQ and our kernels) against float64 in torch. Each expectation and "
           "gradient agrees with double-precision finite differences to 1e-5 (tests/simulate).")
MOVED = 0.01
"""A final test MSE that differs from the grid's by more than this, relatively, has moved."""


def _ratios(part: pd.DataFrame) -> np.ndarray:
    values = np.concatenate([pd.to_numeric(part["ratio"], errors="coerce").to_numpy(float),
                             pd.to_numeric(part["derived_ratio"], errors="coerce").to_numpy(float)])
    return values[np.isfinite(values) & (values > 0)]


def _spread(ratios: np.ndarray) -> float:
    return float(np.median(np.abs(np.log10(ratios)))) if len(ratios) else float("nan")


def _among_seeds(runs: pd.DataFrame, double: pd.DataFrame) -> tuple[int, int]:
    """How many double-precision results (ensemble and derived) lie inside the range of the grid's
    float32 seeds of the same (dataset, model), and how many could be placed (at least 3 seeds)."""
    inside = placed = 0
    for record in double.to_dict("records"):
        dataset, model, _ = str(record["run"]).split(".")
        seeds = runs[(runs["dataset"] == dataset) & (runs["model"] == model)]
        for column in ("test_mse", "derived_test_mse"):
            if column == "derived_test_mse" and not record.get("derived_compared", True):
                continue  # derived with other settings than the grid's seeds
            grid = pd.to_numeric(seeds.get(column, pd.Series(dtype=float)), errors="coerce").dropna()
            value = pd.to_numeric(pd.Series([record.get(column)]), errors="coerce").iloc[0]
            if len(grid) < 3 or not np.isfinite(value):
                continue
            placed += 1
            inside += int(grid.min() <= value <= grid.max())
    return inside, placed


def precision_bullet(runs: pd.DataFrame, band: pd.DataFrame) -> str:
    """The float32 bullet, with what the double-precision reruns of ``band`` measured (if any)."""
    precision = band.get("precision", pd.Series(dtype=object)).astype(str)
    double, single = band[precision == "double"], band[precision != "double"]
    if double.empty:
        return (FLOAT32 + " Over 100 epochs such differences can grow like any perturbation of training; no "
                "double-precision rerun is in the results folder yet (`make rerun-band`), so read a ratio to "
                "the paper against the spread over seeds shown above.")
    ratios = _ratios(double)
    higher, lower = int((ratios > 1 + MOVED).sum()), int((ratios < 1 / (1 + MOVED)).sum())
    text = (f"{FLOAT32} Measured: {len(double)} committed run{'s' if len(double) != 1 else ''} re-run in double "
            "precision (the `statevector` backend in complex128) ended "
            f"{higher} higher and {lower} lower than {'their' if len(double) != 1 else 'its'} float32 run "
            f"(ratio {ratios.min():.2g}× – {ratios.max():.2g}×, median |log10 ratio| {_spread(ratios):.2f}")
    single_ratios = _ratios(single)
    if len(single_ratios):
        moved = int((np.abs(np.log10(single_ratios)) > np.log10(1 + MOVED)).sum())
        text += (f"; the float32 changes that should not matter — θ perturbed by 1e-7, another thread count or "
                 f"backend — moved {moved} of {len(single_ratios)} results, ratio {single_ratios.min():.2g}× – "
                 f"{single_ratios.max():.2g}×")
    text += ")"
    if higher + lower:
        p = stats.binomtest(higher, higher + lower).pvalue
        text += (f"; a sign test on the {higher + lower} that moved gives p = {p:.2g}, so these reruns "
                 + ("show a systematic shift" if p < 0.05 else "show no systematic shift")
                 + " between float32 and float64")
    inside, placed = _among_seeds(runs, double)
    if placed:
        text += (f". {inside} of {placed} double-precision results lie within the range of the grid's float32 "
                 "seeds of the same row")
    return text + (". Precision is one more rounding that decides a chaotic seed's mode, like the others: "
                   "compare distributions over seeds, and read a ratio to the paper against that spread.")


def seeds_bullet(runs: pd.DataFrame) -> str:
    """The seeds bullet: how many seeds each (dataset, model) cell has here against the paper's one."""
    counts = runs.groupby(["dataset", "model"])["seed"].nunique() if len(runs) else pd.Series(dtype=int)
    most = counts.groupby(level="model").max() if len(counts) else pd.Series(dtype=int)
    many = sorted(most[most == most.max()].index) if len(most) else []
    text = "- **Seeds and repetitions**: the paper reports one run per cell; "
    if not len(counts):
        return text + "no run is here yet."
    if counts.min() == counts.max():
        text += f"we report {int(counts.min())} seeds per cell"
    else:
        text += (f"we report {int(counts.min())}–{int(counts.max())} seeds per cell (the count is in Table II's "
                 f"parentheses; {int(most.max())} for {', '.join(f'`{m}`' for m in many)})")
    return text + ". DiffQAS training is bimodal over seeds (SPEC §7), so one run can land on either mode."


def fidelity_note(runs: pd.DataFrame, band: pd.DataFrame) -> str:
    """The whole note: what agrees, then each difference (precision and seeds measured)."""
    return "\n".join([AGREEMENT, "", precision_bullet(runs, band), seeds_bullet(runs), UNSTATED])
