"""The results table shaped like the paper's Table II (SPEC §7): models × datasets, mean ± std.

Every run contributes its ensemble (or single model) test MSE; a DiffQAS run also contributes
its derived model as the row ``<model> (derived)``, right after its ensemble. Rows and columns
keep the order in which the runs are given (the grid's order). The best (lowest) mean of each
dataset column is marked.

Example:
    >>> runs = collect_runs(
    ...     {"run": "a", "dataset": "bessel", "model": "baseline_1", "seed": 0, "test_mse": 2e-3},
    ...     {"run": "b", "dataset": "bessel", "model": "baseline_1", "seed": 1, "test_mse": 4e-3},
    ...     {"run": "c", "dataset": "bessel", "model": "persistence", "seed": 0, "test_mse": 3.6e-3})
    >>> results_table(runs).to_dict("records")
    [{'model': 'baseline_1', 'bessel': '3.00e-03 ± 1.41e-03 *', 'seeds': '2'}, {'model': 'persistence', 'bessel': '3.60e-03', 'seeds': '1'}]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

DERIVED_SUFFIX = " (derived)"
BEST_MARK = " *"
RUN_COLUMNS = ["dataset", "model", "seed", "test_mse", "train_mse", "run"]


def collect_runs(*records: Mapping[str, Any]) -> pd.DataFrame:
    """One row per (dataset, model label, seed) from run records (summaries and/or metrics).

    Records of the same run are merged (later keys win), so a run's training summary and its
    evaluation metrics can both be passed. Derived models become rows ``<model> (derived)``.
    """
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        merged.setdefault(str(record["run"]), {}).update(record)
    rows = []
    for run, record in merged.items():
        base = {"dataset": record["dataset"], "seed": int(record["seed"]), "run": run}
        rows.append(base | {"model": record["model"], "test_mse": record.get("test_mse"),
                            "train_mse": record.get("train_mse")})
        if record.get("derived_test_mse") is not None:
            rows.append(base | {"model": record["model"] + DERIVED_SUFFIX,
                                "test_mse": record["derived_test_mse"],
                                "train_mse": record.get("derived_train_mse")})
    frame = pd.DataFrame(rows, columns=RUN_COLUMNS)
    frame[["test_mse", "train_mse"]] = frame[["test_mse", "train_mse"]].astype(float)
    return frame


def aggregate(runs: pd.DataFrame) -> pd.DataFrame:
    """Mean, sample std (NaN for one seed) and number of seeds per (model, dataset); ``best`` per dataset."""
    stats = (
        runs.groupby(["model", "dataset"], sort=False)["test_mse"]
        .agg(mean="mean", std=lambda s: s.std(ddof=1) if s.count() > 1 else np.nan, n_seeds="count")
        .reset_index()
    )
    stats["best"] = stats["mean"] == stats.groupby("dataset")["mean"].transform("min")
    return stats


def _cell(mean: float, std: float, digits: int) -> str:
    if not np.isfinite(mean):
        return "n/a"
    return f"{mean:.{digits}e}" + (f" ± {std:.{digits}e}" if np.isfinite(std) else "")


def results_table(runs: pd.DataFrame, digits: int = 2) -> pd.DataFrame:
    """The wide table: a row per model label, a column per dataset, ``seeds`` (seeds per cell).

    Cells read ``mean ± std`` (std omitted for one seed) and the best of a column ends in
    ``" *"``; a model not run on a dataset shows ``–``.
    """
    stats = aggregate(runs)
    models = list(dict.fromkeys(runs["model"]))
    datasets = list(dict.fromkeys(runs["dataset"]))
    rows = []
    for model in models:
        row: dict[str, str] = {"model": model}
        counts = set()
        for dataset in datasets:
            hit = stats[(stats["model"] == model) & (stats["dataset"] == dataset)]
            if hit.empty:
                row[dataset] = "–"
                continue
            s = hit.iloc[0]
            row[dataset] = _cell(s["mean"], s["std"], digits) + (BEST_MARK if s["best"] else "")
            counts.add(int(s["n_seeds"]))
        row["seeds"] = "/".join(str(c) for c in sorted(counts))
        rows.append(row)
    return pd.DataFrame(rows, columns=["model", *datasets, "seeds"])


def scientific(value: Any, digits: int = 2) -> str:
    """A table cell in scientific notation; "–" for a missing or non-finite value.

    Example:
        >>> scientific(0.000123), scientific(float("nan")), scientific(None)
        ('1.23e-04', '–', '–')
    """
    return f"{float(value):.{digits}e}" if value is not None and np.isfinite(float(value)) else "–"


YES_NO = {True: "**yes**", False: "no"}
"""How a verdict cell reads (a yes stands out)."""


def arrows(before: Iterable[Any], after: Iterable[Any], form: Callable[[Any], str] = str) -> list[str]:
    """``before → after`` cells, each value written by ``form``.

    Example:
        >>> arrows([1e-4, 2e-5], [3e-5, 2e-5], "{:.2e}".format)
        ['1.00e-04 → 3.00e-05', '2.00e-05 → 2.00e-05']
    """
    return [f"{form(a)} → {form(b)}" for a, b in zip(before, after, strict=True)]


def markdown_table(frame: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table of ``frame`` (cells as given, no extra dependency)."""
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "|" + "|".join("---" for _ in frame.columns) + "|"
    body = ["| " + " | ".join(str(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *body])


def results_markdown(table: pd.DataFrame) -> str:
    """The results table as Markdown, the best cell of each column in bold, with a legend."""
    shown = table.copy()
    for column in shown.columns[1:-1]:
        shown[column] = [
            f"**{cell.removesuffix(BEST_MARK)}**" if cell.endswith(BEST_MARK) else cell for cell in shown[column]
        ]
    return "\n".join(
        [
            "# Results: test MSE (mean ± std over seeds)",
            "",
            markdown_table(shown),
            "",
            "Bold: the lowest mean test MSE of the column. `seeds`: number of seeds per cell. "
            "`(derived)`: the single-circuit model derived from the DiffQAS ensemble and re-trained. "
            "`persistence` predicts the window's last value, `constant` the mean training target.",
            "",
        ]
    )
