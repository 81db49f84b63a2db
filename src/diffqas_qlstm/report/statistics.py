"""DiffQAS vs the best hand-designed baseline, per dataset, paired over seeds (SPEC §7).

For each dataset and each DiffQAS row present (ensembles and derived models), the baseline with
the lowest mean test MSE on that dataset is its opponent. Runs are paired by seed; the table
gives the mean difference (DiffQAS − baseline; negative means DiffQAS is better) and the p-value
of a paired test. With fewer than two pairs, or differences without variance, the p-value is
NaN and ``note`` says why.

Example:
    >>> import pandas as pd
    >>> runs = pd.DataFrame({"dataset": ["d"] * 6, "seed": [0, 1, 2] * 2,
    ...     "model": ["diffqas_nonshared"] * 3 + ["baseline_1"] * 3,
    ...     "test_mse": [1.0, 2.0, 3.5, 2.0, 3.0, 4.0]})
    >>> row = compare_to_best_baseline(runs).iloc[0].to_dict()
    >>> row["baseline"], int(row["n_pairs"]), f"{row['mean_difference']:.3f}", f"{row['p_value']:.3f}"
    ('baseline_1', 3, '-0.833', '0.038')
"""

from __future__ import annotations

import typing
import warnings

import numpy as np
import pandas as pd
from scipy import stats

from diffqas_qlstm.config.blocks import StatisticalTest
from diffqas_qlstm.config.names import BASELINE_NAMES, model_kind

STAT_COLUMNS = [
    "dataset", "diffqas", "baseline", "n_pairs", "diffqas_mean", "baseline_mean",
    "mean_difference", "test", "p_value", "note",
]
TESTS: tuple[str, ...] = typing.get_args(StatisticalTest)


def is_baseline(model: str) -> bool:
    """A hand-designed circuit (``baseline_<i>``), not its derived or other rows."""
    return model in BASELINE_NAMES


def _paired_p(a: np.ndarray, b: np.ndarray, test: str) -> tuple[float, str]:
    differences = a - b
    if len(differences) < 2:
        return float("nan"), f"{len(differences)} paired seed(s): a paired test needs at least 2"
    if np.allclose(differences, differences[0]):
        return float("nan"), "the paired differences have no variance: no test"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if test == "wilcoxon":
            return float(stats.wilcoxon(a, b).pvalue), ""
        return float(stats.ttest_rel(a, b).pvalue), ""


def compare_to_best_baseline(runs: pd.DataFrame, test: str = "ttest_rel") -> pd.DataFrame:
    """One row per (dataset, DiffQAS row) with the columns of :data:`STAT_COLUMNS`.

    ``runs`` has the columns ``dataset``, ``model``, ``seed``, ``test_mse`` (see
    :func:`~diffqas_qlstm.report.tables.collect_runs`). ``test`` is ``ttest_rel`` (paired t-test)
    or ``wilcoxon`` (signed-rank).
    """
    if test not in TESTS:
        raise ValueError(f"test must be one of {TESTS}, got {test!r}")
    rows = []
    for dataset, part in runs.groupby("dataset", sort=False):
        means = part.groupby("model")["test_mse"].mean()
        diffqas = [m for m in means.index if model_kind(m) == "diffqas"]
        baselines = means[[m for m in means.index if is_baseline(m)]]
        for model in diffqas:
            row = {"dataset": dataset, "diffqas": model, "diffqas_mean": means[model], "test": test}
            if baselines.empty:
                rows.append(row | {"baseline": None, "n_pairs": 0, "baseline_mean": np.nan,
                                   "mean_difference": np.nan, "p_value": np.nan,
                                   "note": "no hand-designed baseline was run on this dataset"})
                continue
            best = str(baselines.idxmin())
            a = part[part["model"] == model].set_index("seed")["test_mse"]
            b = part[part["model"] == best].set_index("seed")["test_mse"]
            seeds = sorted(set(a.index) & set(b.index))
            a_paired, b_paired = a.loc[seeds].to_numpy(float), b.loc[seeds].to_numpy(float)
            differences = a_paired - b_paired
            p_value, note = _paired_p(a_paired, b_paired, test)
            rows.append(row | {
                "baseline": best, "n_pairs": len(seeds), "baseline_mean": means[best],
                "mean_difference": float(differences.mean()) if len(seeds) else np.nan,
                "p_value": p_value, "note": note,
            })
    return pd.DataFrame(rows, columns=STAT_COLUMNS)


def statistics_markdown(table: pd.DataFrame) -> str:
    """The comparison as Markdown with a one-line reading guide."""
    from diffqas_qlstm.report.tables import markdown_table

    lines = ["# DiffQAS vs the best hand-designed baseline (paired over seeds)", ""]
    if table.empty:
        lines.append("No DiffQAS run in the results: nothing to compare.")
    else:
        shown = table.copy()
        for column in ("diffqas_mean", "baseline_mean", "mean_difference", "p_value"):
            shown[column] = [f"{v:.3e}" if np.isfinite(v) else "NaN" for v in shown[column].astype(float)]
        shown["note"] = shown["note"].fillna("")
        lines.append(markdown_table(shown))
        lines += ["", "mean_difference = DiffQAS − baseline test MSE (negative: DiffQAS better); "
                  "the baseline is the hand-designed circuit with the lowest mean on the dataset."]
    return "\n".join(lines) + "\n"
