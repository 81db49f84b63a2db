"""The sections of ``docs/RESULTS.md`` built from the published runs, each a Markdown string.

Table II (mean ± std, parameter counts), every seed and the median, the paper beside ours, the
final epoch beside the last-10 mean, the architectures picked, wall-clock, the TFQ check and the
exploration. Each takes the runs of :func:`~diffqas_qlstm.report.published.published_runs`.

Example:
    >>> runs = pd.DataFrame({"run": ["d.m.seed_0", "d.m.seed_1"], "dataset": "d", "model": "m",
    ...     "seed": [0, 1], "test_mse": [1e-3, 3e-3], "train_mse": None, "n_parameters": 3,
    ...     "derived_test_mse": None, "derived_n_parameters": None})
    >>> print(table_ii(runs))
    | model | trainable parameters | d |
    |---|---|---|
    | m | 3 | **2.00e-03 ± 1.41e-03 (2)** |
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.report import evidence
from diffqas_qlstm.report.paper import paper_value
from diffqas_qlstm.report.published import GATES, LAST_EPOCHS, long_runs
from diffqas_qlstm.report.tables import DERIVED_SUFFIX, aggregate, markdown_table


def _e(value: Any, digits: int = 2) -> str:
    return f"{float(value):.{digits}e}" if value is not None and np.isfinite(float(value)) else "–"

def _labels(runs: pd.DataFrame) -> list[str]:
    labels = []
    for model in dict.fromkeys(runs["model"]):
        labels.append(model)
        if runs.loc[runs["model"] == model, "derived_test_mse"].notna().any():
            labels.append(model + DERIVED_SUFFIX)
    return labels

def _parameter_count(runs: pd.DataFrame, label: str) -> str:
    derived = label.endswith(DERIVED_SUFFIX)
    part = runs[runs["model"] == label.removesuffix(DERIVED_SUFFIX)]
    values = part["derived_n_parameters" if derived else "n_parameters"].dropna().astype(int).unique()
    return "/".join(str(v) for v in sorted(values)) or "–"

def table_ii(runs: pd.DataFrame, digits: int = 2) -> str:
    """Our Table II: mean ± std over seeds, best (lowest mean) per column in bold, parameter counts."""
    long = long_runs(runs)
    stats = aggregate(long)
    datasets = list(dict.fromkeys(runs["dataset"]))
    rows = []
    for label in _labels(runs):
        row = {"model": label, "trainable parameters": _parameter_count(runs, label)}
        for dataset in datasets:
            hit = stats[(stats["model"] == label) & (stats["dataset"] == dataset)]
            if hit.empty:
                row[dataset] = "–"
                continue
            s = hit.iloc[0]
            cell = _e(s["mean"], digits) + (f" ± {_e(s['std'], digits)}" if np.isfinite(s["std"]) else "")
            cell += f" ({int(s['n_seeds'])})" if int(s["n_seeds"]) != 3 else ""
            row[dataset] = f"**{cell}**" if s["best"] else cell
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", "trainable parameters", *datasets]))

def seeds_table(runs: pd.DataFrame, digits: int = 2) -> str:
    """Median and every seed's test MSE per cell (DiffQAS training is bimodal over seeds: SPEC §7)."""
    long = long_runs(runs)
    datasets = list(dict.fromkeys(runs["dataset"]))
    rows = []
    for label in _labels(runs):
        row = {"model": label}
        for dataset in datasets:
            part = long[(long["model"] == label) & (long["dataset"] == dataset)].sort_values("seed")
            if part.empty:
                row[dataset] = "–"
                continue
            seeds = " / ".join(_e(v, digits) for v in part["test_mse"])
            row[dataset] = f"{_e(part['test_mse'].median(), digits)} ({seeds})"
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", *datasets]))

def paper_comparison(runs: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """Markdown (paper value | ours | ours / paper per cell) and the long table of ratios."""
    stats = aggregate(long_runs(runs))
    datasets = list(dict.fromkeys(runs["dataset"]))
    ratios, rows = [], []
    for model in dict.fromkeys(runs["model"]):
        if all(paper_value(model, d) is None for d in datasets):
            continue
        row = {"model": model}
        for dataset in datasets:
            paper = paper_value(model, dataset)
            hit = stats[(stats["model"] == model) & (stats["dataset"] == dataset)]
            if paper is None or hit.empty:
                row[dataset] = "–" if paper is None else f"{_e(paper)} · ours –"
                continue
            ours = float(hit.iloc[0]["mean"])
            ratios.append({"model": model, "dataset": dataset, "paper": paper, "ours": ours, "ratio": ours / paper})
            row[dataset] = f"{_e(paper)} · {_e(ours)} · **{ours / paper:.2f}×**"
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", *datasets])), pd.DataFrame(
        ratios, columns=["model", "dataset", "paper", "ours", "ratio"]
    )

def last_epochs_section(runs: pd.DataFrame) -> str:
    """The main number (the final epoch's test MSE, as the paper reports) beside the mean over the
    last 10 epochs, medians over seeds, for the rows with ten seeds and their references."""
    long = long_runs(runs)
    rows = (*evidence.CLAIM_ROWS, *evidence.OTHER_ROWS, "baseline_1", "baseline_4", "classical_lstm")
    table = evidence.final_and_last_epochs(long, rows)
    if table.empty:
        return "No run has a per-epoch history in the results folder."
    datasets = list(dict.fromkeys(table["dataset"]))
    shown = []
    for row in dict.fromkeys(table["row"]):
        cells = {"model": row}
        for dataset in datasets:
            hit = table[(table["row"] == row) & (table["dataset"] == dataset)]
            cells[dataset] = "–" if hit.empty else (
                f"{_e(hit.iloc[0]['final'])} · {_e(hit.iloc[0]['last10'])} · {hit.iloc[0]['ratio']:.2f}×")
        shown.append(cells)
    ratio = table["ratio"].astype(float)
    return (
        f"Cells: `median final · median mean of the last {LAST_EPOCHS} epochs · final / last-{LAST_EPOCHS}` "
        "over the cell's seeds (the tables above use the final epoch, as the paper does). Over these "
        f"{len(table)} cells the ratio runs from {ratio.min():.2f}× to {ratio.max():.2f}× (median {ratio.median():.2f}×).\n\n"
        + markdown_table(pd.DataFrame(shown, columns=["model", *datasets])))

def architecture_table(runs: pd.DataFrame) -> str:
    """Per DiffQAS model and dataset: each gate's derived candidate, the most frequent over seeds."""
    part = runs[runs["arch_forget"].notna()] if "arch_forget" in runs else runs.iloc[:0]
    rows = []
    for (model, dataset), group in part.groupby(["model", "dataset"], sort=False):
        row = {"model": model, "dataset": dataset}
        for gate in GATES:
            counts = Counter(group[f"arch_{gate}"])
            top = max(sorted(counts), key=lambda name: counts[name])
            row[gate] = f"{top} ({counts[top]}/{len(group)})"
        derived = group["derived_test_mse"].astype(float)
        row["derived, re-trained: test MSE"] = _e(derived.mean()) + (
            f" ± {_e(derived.std(ddof=1))}" if derived.count() > 1 else ""
        )
        row["ensemble"] = _e(group["test_mse"].astype(float).mean())
        rows.append(row)
    if not rows:
        return "No DiffQAS run has finished yet."
    return markdown_table(pd.DataFrame(rows))

def wall_clock(runs: pd.DataFrame) -> tuple[str, float]:
    """Mean seconds per run (training + derive-and-retrain) per model and dataset, and the grid's total."""
    seconds = runs["wall_seconds"].astype(float).fillna(0.0) + runs["derived_wall_seconds"].astype(float).fillna(0.0)
    frame = runs.assign(seconds=seconds)
    datasets = list(dict.fromkeys(runs["dataset"]))
    rows = []
    for model in dict.fromkeys(runs["model"]):
        row = {"model": model}
        for dataset in datasets:
            cell = frame[(frame["model"] == model) & (frame["dataset"] == dataset)]["seconds"]
            row[dataset] = f"{cell.mean():.0f}" if len(cell) else "–"
        rows.append(row)
    return markdown_table(pd.DataFrame(rows, columns=["model", *datasets])), float(seconds.sum())

def tfq_check_section(runs: pd.DataFrame, check: pd.DataFrame) -> str:
    """The TFQ check runs beside the grid's run of the same dataset, model and seed."""
    if check.empty:
        return "No TFQ check run has finished yet (`make results-tfq-check` runs it)."
    rows = []
    for _, c in check.iterrows():
        same = runs[runs["run"] == c["run"]]
        g = same.iloc[0] if len(same) else None
        row = {"run": c["run"], "backend (check)": c["backend"],
               "test MSE (check)": _e(c["test_mse"], 4),
               "derived test MSE (check)": _e(c["derived_test_mse"], 4),
               "epoch seconds (check)": _seconds(c)}
        if g is not None:
            row |= {"backend (grid)": g["backend"], "test MSE (grid)": _e(g["test_mse"], 4),
                    "derived test MSE (grid)": _e(g["derived_test_mse"], 4),
                    "epoch seconds (grid)": _seconds(g),
                    "relative difference": f"{abs(c['test_mse'] - g['test_mse']) / g['test_mse']:.1e}"}
        rows.append(row)
    return (
        "The same run trained end to end with TensorFlow Quantum (`backend: tfq`) and with the grid's "
        "backend: the backends agree to 1e-5 per expectation and gradient (tests/simulate), so over "
        "100 epochs the histories may drift apart only by float32 rounding. Epoch seconds: the sum of "
        "the run's training and re-training epochs (`history.csv`, `derived_history.csv`), every "
        "session of a run resumed from its checkpoints included.\n\n" + markdown_table(pd.DataFrame(rows))
    )

def _seconds(run: Mapping[str, Any]) -> str:
    """A run's epoch seconds (its wall seconds where no history was read)."""
    value = run.get("training_seconds")
    if value is None or pd.isna(value):
        value = float(run["wall_seconds"] or 0) + float(run["derived_wall_seconds"] or 0)
    return f"{float(value):.0f}"

def exploration_section(runs: pd.DataFrame, explored: Mapping[str, pd.DataFrame], settings: Mapping[str, str]) -> str:
    """Explored settings beside the paper form on the same datasets and seeds, one part per model.

    ``explored`` maps a label to its runs (as :func:`published_runs` gives them), ``settings`` a
    label to the changed setting. Cells: mean test MSE over the label's seeds (every seed's value).
    A model's part holds only the labels that ran it; with more than one model each part has a heading.
    """
    if not explored:
        return "No exploration run has finished yet."
    models = sorted({m for part in explored.values() for m in part["model"]})
    parts = []
    for model in models:
        of_model = {label: part[part["model"] == model] for label, part in sorted(explored.items())
                    if (part["model"] == model).any()}
        text = _exploration_part(runs, of_model, settings)
        parts.append(text if len(models) == 1 else f"### {model}\n\n{text}")
    return "\n\n".join(parts)


def _exploration_part(runs: pd.DataFrame, explored: Mapping[str, pd.DataFrame], settings: Mapping[str, str]) -> str:
    keys = sorted({(r.dataset, r.model, r.seed) for part in explored.values() for r in part.itertuples()})
    datasets = list(dict.fromkeys(k[0] for k in keys))

    def cells(frame: pd.DataFrame, column: str) -> dict[str, str]:
        out = {}
        for dataset in datasets:
            part = frame[frame["dataset"] == dataset].sort_values("seed")
            values = part[column].astype(float)
            out[dataset] = "–" if part.empty else f"{_e(values.mean())} ({' / '.join(_e(v) for v in values)})"
        return out

    def distinct(frame: pd.DataFrame, column: str = "cpu") -> str:
        """The column's distinct names (a CPU, a setting), or ``not recorded``."""
        names = sorted({c for c in frame.get(column, pd.Series(dtype=object)) if isinstance(c, str)})
        return " / ".join(names) or "not recorded"

    same = runs[[(d, m, s) in set(keys) for d, m, s in zip(runs["dataset"], runs["model"], runs["seed"], strict=True)]]
    groups = [("paper form (the grid's runs)", "–", same)]
    groups += [(label, settings.get(label, "?"), part) for label, part in sorted(explored.items())]
    rows = [{"setting": label, "what": what, "CPU": distinct(part), **cells(part, "test_mse")}
            for label, what, part in groups]
    derived = [{"setting": label, "what": what, "derivation's CPU": distinct(part, "derived_cpu"),
                "`derive.fresh_start`": distinct(part, "derived_fresh_start"), **cells(part, "derived_test_mse")}
               for label, what, part in groups]
    models = ", ".join(sorted({k[1] for k in keys}))
    seed_list = sorted({k[2] for k in keys})
    seeds = ("seeds " if len(seed_list) > 1 else "seed ") + ", ".join(str(s) for s in seed_list)
    paper = ", ".join(
        f"{d} {_e(paper_value(m, d))}" for d in datasets for m in sorted({k[1] for k in keys}) if paper_value(m, d)
    )
    return "\n".join([
        f"{models}, {seeds}, everything else at the paper protocol; one setting changed per row "
        f"(`make explore` runs them; a row whose `what` is none is the paper form run again, the rerun "
        f"band of that row on its CPU: seeds run on another CPU part ways, so compare a setting with the "
        f"row of its own CPU). Cells: mean test MSE (each seed)."
        + (f" The paper: {paper}." if paper else ""),
        "",
        "Ensemble:",
        "",
        markdown_table(pd.DataFrame(rows, columns=["setting", "what", "CPU", *datasets])),
        "",
        "Derived single-circuit model, re-trained (each row derived where and as its summaries say: compare "
        "rows derived alike):",
        "",
        markdown_table(pd.DataFrame(derived, columns=["setting", "what", "derivation's CPU", "`derive.fresh_start`",
                                                      *datasets])),
    ])
