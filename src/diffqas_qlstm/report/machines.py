"""Seeds run on different CPUs: does the machine move a row's distribution?

A seed's result at the paper protocol is not reproducible across CPUs (float rounding decides a
chaotic seed's mode; the rerun band shows how far one run moves). The tables pool every committed
seed of a (dataset, model) whatever machine ran it — right only if the CPU does not shift the
distribution itself. Per (dataset, model, backend, precision) with at least ``MIN_SEEDS`` seeds on
each of two or more CPUs (each run's manifest records ``machine.cpu``), this compares the final test
MSE of the ensemble and of the derived model between the CPUs: the two-sided Mann–Whitney U test
(Kruskal–Wallis for more than two CPUs, both ``scipy.stats``), p-values Holm-adjusted over the whole
table. Cells whose seeds all give one value (the deterministic predictors) are left out.

Example:
    >>> runs = pd.DataFrame({"dataset": "d", "model": "m", "backend": "fused", "precision": "single",
    ...                      "seed": range(8), "cpu": ["A"] * 4 + ["B"] * 4,
    ...                      "test_mse": [1, 2, 3, 4, 5, 6, 7, 8], "derived_test_mse": None})
    >>> row = machine_comparisons(runs).iloc[0]
    >>> row["seeds"], f"{row['ratio']:.2f}", f"{row['p']:.3f}"
    ('4 / 4', '2.60', '0.029')
"""

from __future__ import annotations

from collections import Counter
from math import comb

import numpy as np
import pandas as pd
from scipy import stats

from diffqas_qlstm.report.evidence import holm

MIN_SEEDS = 3
"""Seeds a CPU needs in a cell for the cell to be compared."""
MEASURES = {"test_mse": "ensemble", "derived_test_mse": "derived"}
COLUMNS = ["dataset", "model", "measure", "cpus", "seeds", "medians", "ratio", "p", "p_holm", "min_p"]


def _test(groups: list[np.ndarray]) -> float:
    if len(groups) == 2:
        return float(stats.mannwhitneyu(groups[0], groups[1], alternative="two-sided").pvalue)
    return float(stats.kruskal(*groups).pvalue)


def machine_comparisons(runs: pd.DataFrame, min_seeds: int = MIN_SEEDS) -> pd.DataFrame:
    """One row per compared (dataset, model, measure): the CPUs, seeds and median per CPU, the
    ratio of the last CPU's median to the first's (CPUs in name order), p, Holm-adjusted p, and
    the smallest p the test could give with these seeds (two CPUs)."""
    if runs.empty or "cpu" not in runs:
        return pd.DataFrame(columns=COLUMNS)
    frame = runs.assign(backend=runs.get("backend", "–"), precision=runs.get("precision", "single"))
    rows = []
    for (dataset, model, _, _), cell in frame.groupby(["dataset", "model", "backend", "precision"], sort=True):
        for column, measure in MEASURES.items():
            if column not in cell:
                continue
            values = pd.to_numeric(cell[column], errors="coerce")
            usable = cell.assign(value=values)[values.notna() & cell["cpu"].notna()]
            counts = usable["cpu"].value_counts()
            cpus = sorted(counts[counts >= min_seeds].index)
            if len(cpus) < 2 or usable["value"].nunique() < 2:
                continue
            groups = [usable.loc[usable["cpu"] == cpu, "value"].to_numpy(float) for cpu in cpus]
            medians = [float(np.median(g)) for g in groups]
            sizes = [len(g) for g in groups]
            rows.append({
                "dataset": dataset, "model": model, "measure": measure, "cpus": " / ".join(cpus),
                "seeds": " / ".join(str(n) for n in sizes), "medians": medians,
                "ratio": medians[-1] / medians[0] if medians[0] > 0 else float("nan"),
                "p": _test(groups),
                "min_p": 2 / comb(sum(sizes), sizes[0]) if len(sizes) == 2 else float("nan"),
            })
    table = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "p_holm"])
    table["p_holm"] = holm(table["p"]) if len(table) else []
    return table[COLUMNS]


def _cpu_counts(runs: pd.DataFrame) -> str:
    counts = Counter(str(c) if isinstance(c, str) else "not recorded" for c in runs.get("cpu", []))
    return ", ".join(f"{cpu} {n} runs" for cpu, n in sorted(counts.items()))


def machine_section(runs: pd.DataFrame, alpha: float = 0.05) -> str:
    """The comparison as Markdown (a subsection of the rerun band)."""
    from diffqas_qlstm.report.tables import markdown_table

    table = machine_comparisons(runs)
    head = (f"The committed grid ran on: {_cpu_counts(runs)} (each run's manifest, `machine.cpu`). The tables "
            "pool a row's seeds from every CPU; that is right if the CPU does not shift the distribution. Per "
            f"(dataset, model) with at least {MIN_SEEDS} seeds on each of two CPUs, the final test MSE of the "
            "ensemble and of the derived model per CPU (median), the ratio of the medians, and the two-sided "
            "Mann–Whitney U test (Kruskal–Wallis for more CPUs), p Holm-adjusted over the table; the "
            "deterministic predictors (one value for every seed) are left out.")
    if table.empty:
        return head + "\n\nNo cell has enough seeds on two CPUs yet."
    shown = pd.DataFrame({
        "dataset": table["dataset"], "model": table["model"], "measure": table["measure"], "CPUs": table["cpus"],
        "seeds": table["seeds"], "median per CPU": [" / ".join(f"{m:.2e}" for m in ms) for ms in table["medians"]],
        "ratio (last / first)": [f"{r:.3g}×" if np.isfinite(r) else "–" for r in table["ratio"]],
        "p": [f"{p:.2g}" for p in table["p"]], "Holm p": [f"{p:.2g}" for p in table["p_holm"]],
    })
    return "\n".join([head, "", markdown_table(shown), "", machine_summary(table, alpha)])


def machine_summary(table: pd.DataFrame, alpha: float = 0.05) -> str:
    """One sentence: how many cells differ between CPUs after Holm's correction, and how small a p
    these seeds allow at best."""
    if table.empty:
        return "No (dataset, model) has enough seeds on two CPUs to compare them."
    decided = table[table["p_holm"] < alpha]
    text = (f"{len(decided)} of {len(table)} compared distributions differ between CPUs after Holm's correction "
            f"(smallest adjusted p = {table['p_holm'].min():.2g}; smallest unadjusted p = {table['p'].min():.2g})")
    if len(decided):
        text += ": " + "; ".join(f"{r.dataset} {r.model} ({r.measure}, ratio {r.ratio:.3g}×)"
                                 for r in decided.itertuples())
    best = table["min_p"].dropna()
    if len(best):
        text += (f". With these seeds a Mann–Whitney p cannot go below {best.min():.2g}–{best.max():.2g} per cell, "
                 "so only a large shift could show" + ("" if len(decided) else "; none shown is not the same as none"))
    return text + "."


def machine_reading(runs: pd.DataFrame, alpha: float = 0.05) -> list[str]:
    """The reading's bullet (none when no cell has seeds on two CPUs)."""
    table = machine_comparisons(runs)
    if table.empty:
        return []
    return [f"CPUs: the grid ran on {_cpu_counts(runs)}; " + machine_summary(table, alpha)]
