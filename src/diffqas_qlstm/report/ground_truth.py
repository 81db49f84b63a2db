"""The ground truth of the search space: every candidate trained alone (issue 22).

The six hand-designed baselines are six of the 36 *uniform* architectures (one candidate for all
four gates); ``make ground-truth`` trains all 36 like the baselines (``uniform_<candidate>``
models, results under ``<results folder>/ground_truth/``). From those runs this module gives:

- :func:`uniform_table`: per candidate and dataset the mean test MSE over seeds and its rank, the
  candidates sorted by their mean rank over the datasets, the baselines named;
- :func:`placement`: where each DiffQAS row's derived circuit (median over seeds) and the
  references (naive predictors, classical LSTM, best hand-designed baseline) fall among the 36;
- :func:`score_correlations`: per DiffQAS run and gate, Spearman's ρ between each derivation score
  of ``candidate_ranking.csv`` (``magnitude`` |a|, ``contribution``) and the candidates'
  standalone test MSE on that dataset; a score that finds good circuits has ρ < 0 (high score,
  low MSE). Summarised as the median ρ and the share of (run, gate) with ρ < 0.

Example:
    >>> runs = pd.DataFrame({"dataset": ["d"] * 4, "seed": [0, 1, 0, 1],
    ...     "model": ["uniform_H-Ry-brick-Ry"] * 2 + ["uniform_noH-Rx-ring-Rz"] * 2,
    ...     "test_mse": [1e-3, 3e-3, 5e-4, 7e-4]})
    >>> uniform_table(runs).round(6)[["candidate", "baseline", "d", "d_rank"]].values.tolist()
    [['noH-Rx-ring-Rz', '', 0.0006, 1], ['H-Ry-brick-Ry', 'baseline_1', 0.002, 2]]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from scipy import stats

from diffqas_qlstm.circuits.space import BASELINES
from diffqas_qlstm.config import UNIFORM_PREFIX
from diffqas_qlstm.report.tables import DERIVED_SUFFIX

SCORES = ("magnitude", "contribution")
"""The derivation scores of ``candidate_ranking.csv`` correlated with the standalone MSE."""
REFERENCES = ("persistence", "constant", "classical_lstm")
BASELINE_OF = {candidate.name: name for name, candidate in sorted(BASELINES.items())}


def uniform_means(runs: pd.DataFrame) -> pd.DataFrame:
    """candidate × dataset: mean test MSE over seeds of the ``uniform_<candidate>`` runs."""
    if runs.empty or "model" not in runs:
        return pd.DataFrame()
    part = runs[runs["model"].str.startswith(UNIFORM_PREFIX)]
    if part.empty:
        return pd.DataFrame()
    means = part.assign(candidate=part["model"].str.removeprefix(UNIFORM_PREFIX)).pivot_table(
        index="candidate", columns="dataset", values="test_mse", aggfunc="mean")
    return means[list(dict.fromkeys(part["dataset"]))]


def uniform_table(runs: pd.DataFrame) -> pd.DataFrame:
    """One row per candidate: the baseline it is (or ''), per dataset the mean test MSE and its rank
    (1 = lowest), the seeds, and the mean rank; sorted by mean rank."""
    means = uniform_means(runs)
    if means.empty:
        return pd.DataFrame()
    seeds = runs[runs["model"].str.startswith(UNIFORM_PREFIX)].groupby("model")["seed"].nunique()
    table = pd.DataFrame({"candidate": means.index,
                          "baseline": [BASELINE_OF.get(c, "") for c in means.index]})
    ranks = means.rank(axis=0, method="min")
    for dataset in means.columns:
        table[dataset] = means[dataset].to_numpy()
        table[f"{dataset}_rank"] = ranks[dataset].astype("Int64").to_numpy()
    table["seeds"] = [int(seeds.get(UNIFORM_PREFIX + c, 0)) for c in means.index]
    table["mean_rank"] = ranks.mean(axis=1).to_numpy()
    return table.sort_values(["mean_rank", "candidate"], kind="stable").reset_index(drop=True)


def placement(long: pd.DataFrame, means: pd.DataFrame) -> pd.DataFrame:
    """Per dataset of the ground truth and each reference or DiffQAS derived row of ``long`` (the
    grid's long runs): its median test MSE and how many of the uniform candidates are lower."""
    rows = []
    for dataset in means.columns:
        uniform = means[dataset].dropna().to_numpy(float)
        part = long[(long["dataset"] == dataset) & long["test_mse"].notna()]
        labels = [m for m in dict.fromkeys(part["model"]) if m.endswith(DERIVED_SUFFIX) or m in REFERENCES]
        for label in labels:
            median = float(part.loc[part["model"] == label, "test_mse"].median())
            rows.append({"dataset": dataset, "row": label, "seeds": int((part["model"] == label).sum()),
                         "median": median, "uniform_lower": int((uniform < median).sum()),
                         "uniform_total": len(uniform)})
    return pd.DataFrame(rows, columns=["dataset", "row", "seeds", "median", "uniform_lower", "uniform_total"])


def score_correlations(rankings: Mapping[str, pd.DataFrame], means: pd.DataFrame) -> pd.DataFrame:
    """Per DiffQAS run (``<dataset>/<model>/seed_<n>`` key of ``rankings``), gate and score: Spearman's ρ
    between the score and the candidate's standalone mean test MSE on that dataset."""
    rows = []
    for key in sorted(rankings):
        dataset, model, _ = key.split("/", 2)
        if dataset not in means.columns:
            continue
        frame = rankings[key]
        for gate, part in frame.groupby("gate", sort=False):
            mse = part["candidate"].map(means[dataset])
            for score in SCORES:
                if score not in part:
                    continue
                ok = mse.notna() & part[score].notna()
                if ok.sum() < 3 or part.loc[ok, score].nunique() < 2:
                    continue
                rho = float(stats.spearmanr(part.loc[ok, score], mse[ok]).statistic)
                rows.append({"run": key, "dataset": dataset, "model": model, "gate": gate, "score": score, "rho": rho})
    return pd.DataFrame(rows, columns=["run", "dataset", "model", "gate", "score", "rho"])


def _e(value: Any) -> str:
    return f"{float(value):.2e}" if value is not None and np.isfinite(float(value)) else "–"


def ground_truth_section(truth: pd.DataFrame, long: pd.DataFrame, rankings: Mapping[str, pd.DataFrame],
                         missing: int = 0) -> str:
    """The Markdown section: the 36, the placements, the rank correlations (``missing``: launched
    ground-truth runs not finished yet)."""
    from diffqas_qlstm.report.tables import markdown_table

    table = uniform_table(truth)
    if table.empty:
        return ("No ground-truth run has finished yet (`make ground-truth` trains the 36 uniform circuits into "
                "`results/paper/ground_truth/`).")
    means = uniform_means(truth)
    datasets = list(means.columns)
    shown = pd.DataFrame({"candidate": table["candidate"], "baseline": table["baseline"],
                          **{d: [f"{_e(v)} ({int(r)})" if pd.notna(r) else "–"
                                 for v, r in zip(table[d], table[f"{d}_rank"], strict=True)] for d in datasets},
                          "seeds": table["seeds"], "mean rank": [f"{v:.1f}" for v in table["mean_rank"]]})
    places = placement(long, means)
    placed = pd.DataFrame({
        "dataset": places["dataset"], "row": places["row"], "seeds": places["seeds"],
        "median test MSE": [_e(v) for v in places["median"]],
        "uniform circuits lower": [f"{n} of {t}" for n, t in zip(places["uniform_lower"], places["uniform_total"],
                                                                  strict=True)],
    })
    correlations = score_correlations(rankings, means)
    parts = [
        f"Every candidate as a uniform single-circuit QLSTM (the same circuit for all four gates, trained like "
        f"the baselines; {len(table)} candidates, datasets {', '.join(datasets)}; {len(truth)} runs finished"
        + (f", **{missing} still missing**, so some cells have fewer seeds" if missing else "") + "). Cells: mean test MSE over "
        "the seeds (rank among the candidates, 1 = lowest); sorted by the mean rank. The figure "
        "`docs/results/ground_truth.png` shows them with the references.",
        "",
        markdown_table(shown),
        "",
        "Where the derived circuits and the references fall (their median over the grid's seeds; how many "
        "uniform circuits have a lower mean):",
        "",
        markdown_table(placed),
    ]
    if len(correlations):
        summary = correlations.groupby(["model", "score"], sort=False)["rho"].agg(
            ["median", "count", lambda r: float((r < 0).mean())]).reset_index()
        summary.columns = ["model", "score", "median", "count", "negative"]
        parts += [
            "",
            "Spearman's ρ between each derivation score and the candidates' standalone test MSE, per DiffQAS run "
            "and gate (ρ < 0: higher-scored candidates are better alone):",
            "",
            markdown_table(pd.DataFrame({
                "DiffQAS row": summary["model"], "score": summary["score"],
                "median ρ": [f"{v:+.2f}" for v in summary["median"]], "(run, gate) pairs": summary["count"],
                "share with ρ < 0": [f"{v:.0%}" for v in summary["negative"]]})),
        ]
    return "\n".join(parts)


def ground_truth_reading(truth: pd.DataFrame, long: pd.DataFrame) -> list[str]:
    """Per dataset: does the best uniform circuit beat the best hand-designed one and DiffQAS's pick,
    and how far is DiffQAS's ensemble below it (the bar the derivation-gap target sets a single circuit)?"""
    table = uniform_table(truth)
    if table.empty:
        return []
    means = uniform_means(truth)
    lines = []
    for dataset in means.columns:
        column = means[dataset].dropna()
        best = str(column.idxmin())
        baselines = column[[c in BASELINE_OF for c in column.index]]
        text = f"Ground truth, {dataset}: the best uniform circuit is {best} ({_e(column[best])})"
        if len(baselines):
            top = str(baselines.idxmin())
            text += (f"; the best hand-designed one is {BASELINE_OF[top]} = {top} ({_e(baselines[top])}, rank "
                     f"{int((column < baselines[top]).sum()) + 1} of {len(column)})")
        derived = long[(long["dataset"] == dataset) & (long["model"] == "diffqas_nonshared" + DERIVED_SUFFIX)
                       & long["test_mse"].notna()]
        if len(derived):
            median = float(derived["test_mse"].median())
            text += (f"; diffqas_nonshared's derived circuit (median {_e(median)}) is "
                     f"{'below' if median < column[best] else 'above'} the best uniform circuit")
        ensemble = long[(long["dataset"] == dataset) & (long["model"] == "diffqas_nonshared")
                        & long["test_mse"].notna()]
        if len(ensemble):
            median = float(ensemble["test_mse"].median())
            text += f"; its ensemble (median {_e(median)}) is {median / column[best]:.2g}× the best uniform circuit"
            if 2.0 * median < column[best]:
                text += ", so a derived circuit within 2× of its ensemble would have to beat every uniform one"
        lines.append(text + " (3 seeds per candidate: means, not tested).")
    return lines


def plot_ground_truth(truth: pd.DataFrame, long: pd.DataFrame) -> Figure:
    """One panel per dataset: the candidates' mean test MSE sorted (bars from the lowest to the
    highest seed), the baselines in orange, references as lines, derived medians as markers."""
    means = uniform_means(truth)
    datasets = list(means.columns) or ["(no ground-truth run yet)"]
    fig = Figure(figsize=(11, 2.8 * len(datasets)), layout="constrained")
    axes = fig.subplots(len(datasets), 1, squeeze=False)[:, 0]
    if means.empty:
        axes[0].text(0.5, 0.5, "no ground-truth run yet", ha="center", va="center")
        axes[0].set_axis_off()
        return fig
    uniform = truth[truth["model"].str.startswith(UNIFORM_PREFIX)]
    for ax, dataset in zip(axes, datasets, strict=True):
        column = means[dataset].dropna().sort_values()
        part = uniform[uniform["dataset"] == dataset].assign(candidate=lambda f: f["model"].str.removeprefix(UNIFORM_PREFIX))
        spread = part.groupby("candidate")["test_mse"].agg(["min", "max"]).reindex(column.index)
        x = np.arange(len(column))
        colours = ["tab:orange" if c in BASELINE_OF else "tab:blue" for c in column.index]
        ax.bar(x, column.to_numpy(), color=colours, width=0.7)
        ax.vlines(x, spread["min"], spread["max"], color="black", lw=0.8)
        grid = long[(long["dataset"] == dataset) & long["test_mse"].notna()]
        for label, style in (("persistence", ":"), ("constant", "--"), ("classical_lstm", "-.")):
            values = grid.loc[grid["model"] == label, "test_mse"]
            if len(values):
                ax.axhline(float(values.median()), color="grey", ls=style, lw=1, label=label)
        for label, marker in (("diffqas_nonshared", "v"), ("diffqas_nonshared_softmax", "^"), ("diffqas_gdas", "s"),
                              ("diffqas_reinforce", "D")):
            values = grid.loc[grid["model"] == label + DERIVED_SUFFIX, "test_mse"]
            if len(values):
                median = float(values.median())
                position = float(np.searchsorted(column.to_numpy(), median)) - 0.5
                ax.plot([position], [median], marker=marker, color="tab:red", ls="none", ms=7,
                        label=f"{label} derived (median)")
        ax.set_yscale("log")
        ax.set_xticks(x, column.index, rotation=90, fontsize=6)
        ax.set_ylabel("test MSE")
        ax.set_title(f"{dataset}: the uniform circuits sorted (orange: hand-designed baselines)", fontsize=9)
        ax.legend(fontsize=6, loc="upper left")
    return fig
