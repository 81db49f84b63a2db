"""The rerun band: how far a committed run moves when something that should not matter changes.

DiffQAS training at the paper protocol is chaotic: float rounding decides which mode a seed lands
in. ``make rerun-band`` re-runs committed grid runs with one change per label (a 1e-7 perturbation
of the initial θ, another thread count, another backend, double precision), each label into
``<results folder>/rerun/<label>/``. Per rerun this module gives the final test MSE against the
grid's run of the same name (ratio rerun / grid, ensemble and derived) and the first epoch at which
the two test-MSE histories differ by more than 1 % — a difference between two rows of the results
smaller than this band means nothing.

Example:
    >>> grid = pd.DataFrame({"run": ["d.m.seed_0"], "test_mse": [1e-4], "derived_test_mse": [None]})
    >>> rerun = pd.DataFrame({"run": ["d.m.seed_0"], "test_mse": [3e-4], "derived_test_mse": [None],
    ...                       "backend": ["fused"], "precision": ["single"]})
    >>> histories = {"grid": {"d/m/seed_0": pd.DataFrame({"test_mse": [1.0, 0.5, 0.2]})},
    ...              "perturb": {"d/m/seed_0": pd.DataFrame({"test_mse": [1.0, 0.501, 0.3]})}}
    >>> row = rerun_table(grid, {"perturb": rerun}, histories).iloc[0]
    >>> row["label"], f"{row['ratio']:.1f}", int(row["parting_epoch"])
    ('perturb', '3.0', 3)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config.recorded import summary_settings

PARTING = 0.01
"""Histories part at the first epoch whose test MSE differs by more than this, relatively."""
COLUMNS = ["label", "run", "backend", "precision", "grid_cpu", "cpu", "grid_derived_cpu", "derived_cpu", "grid_test_mse",
           "test_mse", "ratio", "grid_derived_test_mse", "derived_test_mse", "derived_ratio", "derived_compared",
           "parting_epoch", "epochs"]


def parting_epoch(grid: pd.DataFrame, rerun: pd.DataFrame, tolerance: float = PARTING) -> int | None:
    """The first epoch (1-based) at which the test MSEs differ by more than ``tolerance`` relatively
    (None if they never do over the epochs both have)."""
    a = pd.to_numeric(grid["test_mse"]).to_numpy(float)
    b = pd.to_numeric(rerun["test_mse"]).to_numpy(float)
    n = min(len(a), len(b))
    apart = np.abs(b[:n] - a[:n]) > tolerance * np.abs(a[:n])
    return int(np.argmax(apart)) + 1 if apart.any() else None


def _key(run: str) -> str:
    dataset, model, seed = run.split(".")
    return f"{dataset}/{model}/{seed}"


def short_cpu(name: Any) -> str:
    """A recorded CPU name without its trademarks and filler (``not recorded`` where none was).

    Example:
        >>> short_cpu("Intel(R) Xeon(R) Processor"), short_cpu(None)
        ('Intel Xeon', 'not recorded')
    """
    if not isinstance(name, str) or not name.strip():
        return "not recorded"
    for noise in ("(R)", "(TM)", " Processor", " CPU"):
        name = name.replace(noise, "")
    return " ".join(name.split())


def _cpus(grid: Any, rerun: Any) -> str:
    a, b = short_cpu(grid), short_cpu(rerun)
    return a if a == b else f"{a} → {b}"


def _ratio(a: Any, b: Any) -> float:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return float("nan")
    return a / b if np.isfinite(a) and np.isfinite(b) and b > 0 else float("nan")


def same_derivation(grid: Mapping[str, Any] | None, rerun: Mapping[str, Any] | None) -> bool:
    """Whether two derived summaries were written with the same derive settings (False without both).

    Example:
        >>> same_derivation({"method": "validated"}, {"method": "validated", "selection": {"fresh_start": "final"}})
        False
    """
    return grid is not None and rerun is not None and summary_settings(grid) == summary_settings(rerun)


def rerun_table(grid: pd.DataFrame, reruns: Mapping[str, pd.DataFrame],
                histories: Mapping[str, Mapping[str, pd.DataFrame]],
                derivations: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None) -> pd.DataFrame:
    """One row per (label, rerun run) with the columns of :data:`COLUMNS`; ``histories`` maps
    ``grid`` and each label to ``{run folder: history}``; ``derivations`` maps them to ``{run: derived
    summary}``: where given, a derived ratio is taken only between derivations of the same derive
    settings (a rerun derived before the grid adopted another derivation would measure the change
    of derivation, not the rerun's), else it is NaN and ``derived_compared`` False."""
    rows = []
    by_run = grid.set_index("run") if len(grid) else pd.DataFrame()
    derivations = derivations or {}
    for label in sorted(reruns):
        for record in reruns[label].to_dict("records"):
            run = record["run"]
            if run not in by_run.index:
                continue
            reference = by_run.loc[run]
            mine, theirs = histories.get(label, {}).get(_key(run)), histories.get("grid", {}).get(_key(run))
            parting = parting_epoch(theirs, mine) if mine is not None and theirs is not None else None
            compared = same_derivation(derivations.get("grid", {}).get(run), derivations.get(label, {}).get(run)) \
                if derivations else True
            rows.append({
                "label": label, "run": run, "backend": record.get("backend"), "precision": record.get("precision"),
                "grid_cpu": reference.get("cpu"), "cpu": record.get("cpu"),
                "grid_derived_cpu": reference.get("derived_cpu"), "derived_cpu": record.get("derived_cpu"),
                "grid_test_mse": float(reference["test_mse"]), "test_mse": float(record["test_mse"]),
                "ratio": _ratio(record["test_mse"], reference["test_mse"]),
                "grid_derived_test_mse": reference.get("derived_test_mse"),
                "derived_test_mse": record.get("derived_test_mse"),
                "derived_ratio": _ratio(record.get("derived_test_mse"), reference.get("derived_test_mse"))
                if compared else float("nan"),
                "derived_compared": compared,
                "parting_epoch": parting, "epochs": None if mine is None else len(mine),
            })
    return pd.DataFrame(rows, columns=COLUMNS)


def _e(value: Any) -> str:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return "–"
    return f"{value:.2e}" if np.isfinite(value) else "–"


def rerun_section(table: pd.DataFrame) -> str:
    """The rerun band as Markdown: every rerun, then per label the spread of the ratios."""
    from diffqas_qlstm.report.tables import markdown_table

    if table.empty:
        return ("No rerun has finished yet (`make rerun-band` re-runs committed grid runs with one change that "
                "should not matter, into `results/paper/rerun/<label>/`).")
    shown = pd.DataFrame({
        "change": table["label"], "run": table["run"], "backend": table["backend"], "precision": table["precision"],
        "CPU grid → rerun (ensemble; derived)": [
            _cpus(a, b) + ("" if pd.isna(e) else f"; {_cpus(c, d)}")
            for a, b, c, d, e in zip(table["grid_cpu"], table["cpu"], table["grid_derived_cpu"], table["derived_cpu"],
                                     pd.to_numeric(table["derived_test_mse"], errors="coerce"), strict=True)],
        "test MSE grid → rerun": [f"{_e(a)} → {_e(b)}" for a, b in zip(table["grid_test_mse"], table["test_mse"], strict=True)],
        "ratio": [f"{v:.3g}×" if np.isfinite(v) else "–" for v in table["ratio"]],
        "derived ratio": [f"{v:.3g}×" if np.isfinite(v) else "–" for v in table["derived_ratio"]],
        "histories part (> 1 %) at epoch": ["never" if pd.isna(e) else str(int(e)) for e in table["parting_epoch"]],
    })
    derived = table[pd.to_numeric(table["derived_test_mse"], errors="coerce").notna()]
    left_out = int((~derived["derived_compared"].astype(bool)).sum())
    rows = []
    for label, part in table.groupby("label", sort=True):
        ratios = np.concatenate([part["ratio"].to_numpy(float), part["derived_ratio"].to_numpy(float)])
        ratios = ratios[np.isfinite(ratios)]
        spread = np.abs(np.log10(ratios)) if len(ratios) else np.array([np.nan])
        rows.append({"change": label, "reruns": len(part),
                     "ratio range": f"{ratios.min():.3g}× – {ratios.max():.3g}×" if len(ratios) else "–",
                     "median |log10 ratio|": f"{np.median(spread):.2f}",
                     "median parting epoch": "–" if part["parting_epoch"].isna().all()
                     else f"{part['parting_epoch'].dropna().median():.0f}"})
    return "\n".join([
        "Committed grid runs re-run with one change that should not matter; ratio = rerun / grid final test "
        "MSE (ensemble, and the derived circuit re-trained); the epoch at which the test-MSE histories first "
        "differ by more than 1 %. A ratio between two rows of the tables above that lies inside this band is "
        "not a difference. A derived ratio is left out (–) where the rerun's derivation was made with other "
        f"derive settings than the grid's ({left_out} of the {len(derived)} reruns with a derived model: "
        "derived before the grid adopted its derivation; `make rerun-band-derive` derives them again), since it "
        "would measure that change instead. The training and the derivation are chaotic on any CPU, and a run "
        "part ways between CPUs too: where the rerun ran on another CPU than the grid's run (column CPU), its "
        "ratio holds that CPU's difference as well.",
        "",
        markdown_table(shown),
        "",
        "Per change (ensemble and derived ratios together):",
        "",
        markdown_table(pd.DataFrame(rows)),
    ])
