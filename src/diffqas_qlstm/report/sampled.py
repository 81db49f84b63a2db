"""The searches with no derivation gap (``diffqas_gdas``, ``diffqas_reinforce``): their derived models
against the nonshared ensemble's, and how sharply their logits settle.

A sampled search trains one circuit per gate per draw; its derived architecture is the argmax of its
logits. :func:`sampled_comparison` sets its derived models beside ``diffqas_nonshared``'s (means
over seeds, and paired by seed), :func:`plot_top_weights` draws each gate's largest softmax weight
over the epochs from the runs' ``history.csv`` (``a_<gate>_<jj>`` columns).

Example:
    >>> history = pd.DataFrame({"epoch": [1, 2], **{f"a_{g}_{j:02d}": [0.5, 0.9 if j == 0 else 0.1]
    ...                         for g in ("forget", "input", "update", "output") for j in range(2)}})
    >>> top_weights({"bessel/diffqas_reinforce/seed_0": history})["top_weight"].tolist()[:2]
    [0.5, 0.9]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from diffqas_qlstm.config.names import DIFFQAS_VARIANTS, GATE_NAMES, SAMPLED_FORMS
from diffqas_qlstm.report.evidence import REAL_WORLD, compare
from diffqas_qlstm.report.tables import markdown_table
from diffqas_qlstm.report.tables import scientific as _e

SAMPLED_SEARCHES = tuple(name for name, (_, _, form) in DIFFQAS_VARIANTS.items() if form in SAMPLED_FORMS)
"""The rows of a sampled search, which has no derivation gap (``diffqas_gdas``, ``diffqas_reinforce``)."""

SAMPLED_WHAT = {"diffqas_gdas": "one circuit per gate per batch, straight-through logits",
                "diffqas_reinforce": "one circuit per gate per window, score-function logits"}


def sampled_comparison(runs: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """Per sampled search (:data:`SAMPLED_SEARCHES`) and dataset: its derived models against
    ``diffqas_nonshared``'s derived models of the grid's method, and each search's seconds (the sum
    of its training epochs' seconds, mean over seeds).

    Example:
        >>> table = pd.DataFrame({"model": ["diffqas_nonshared"] * 2 + ["diffqas_reinforce"] * 2,
        ...     "method": ["validated"] * 2 + ["argmax"] * 2, "dataset": ["bessel"] * 4, "seed": [0, 1, 0, 1],
        ...     "run": ["n0", "n1", "r0", "r1"], "derived_test_mse": [1e-3, 1e-5, 1e-4, 4e-5]})
        >>> runs = pd.DataFrame({"run": ["n0", "n1", "r0", "r1"], "training_seconds": [200.0, 200.0, 40.0, 40.0]})
        >>> row = sampled_comparison(runs, table).iloc[0]
        >>> row["search"], bool(row["at_least_as_good"]), float(row["time_ratio"])
        ('diffqas_reinforce', True, 0.2)
        >>> int(row["paired_lower"]), round(float(row["paired_geomean_ratio"]), 2)  # √(0.1 · 4)
        (1, 0.63)

    The paired seeds also get the evidence section's statistics (:func:`~diffqas_qlstm.report.evidence.compare`):
    the median ratio with its bootstrap 95 % interval and the Wilcoxon signed-rank p of the log
    ratios (``paired_median_ratio``, ``paired_ratio_low`` / ``_high``, ``paired_p_wilcoxon``; not
    corrected for the other rows: they say whether one dataset's verdict could be chance).
    """
    method = _grid_method(table)
    ensemble = table[(table["model"] == "diffqas_nonshared") & (table["method"] == method)]
    seconds = runs.set_index("run")["training_seconds"] if "training_seconds" in runs else pd.Series(dtype=float)
    pairs = paired_seeds(table)
    rows = []
    for search in SAMPLED_SEARCHES:
        for dataset, part in table[table["model"] == search].groupby("dataset", sort=False):
            other = ensemble[ensemble["dataset"] == dataset]
            if other.empty:
                continue
            search_s = float(pd.to_numeric(seconds.reindex(part["run"]), errors="coerce").mean())
            ensemble_s = float(pd.to_numeric(seconds.reindex(other["run"]), errors="coerce").mean())
            g, e = float(part["derived_test_mse"].mean()), float(other["derived_test_mse"].mean())
            paired = pairs[(pairs["search"] == search) & (pairs["dataset"] == dataset)]
            statistics = _paired_statistics(paired)
            rows.append({"search": search, "dataset": dataset, "seeds": f"{len(part)} / {len(other)}",
                         "search_derived": g, "nonshared_derived": e, "at_least_as_good": g <= e,
                         "paired_seeds": len(paired), **statistics,
                         "search_s": search_s, "nonshared_search_s": ensemble_s,
                         "time_ratio": search_s / ensemble_s if ensemble_s else np.nan, "method": method})
    return pd.DataFrame(rows)


def _grid_method(table: pd.DataFrame) -> str | None:
    """The derivation method of the grid's ``diffqas_nonshared`` rows (``validated`` where it is there)."""
    grid_method = table.loc[table["model"] == "diffqas_nonshared", "method"]
    return "validated" if "validated" in set(grid_method) else (grid_method.iloc[0] if len(grid_method) else None)


def paired_seeds(table: pd.DataFrame) -> pd.DataFrame:
    """Every (sampled search, dataset, seed) that ``diffqas_nonshared`` (the grid's method) ran too:
    ``search``, ``dataset``, ``seed``, ``search_mse`` and ``nonshared_mse`` (derived test MSEs)."""
    columns = ["search", "dataset", "seed", "search_mse", "nonshared_mse"]
    if table.empty or "seed" not in table:
        return pd.DataFrame(columns=columns)
    nonshared = table[(table["model"] == "diffqas_nonshared") & (table["method"] == _grid_method(table))]
    searches = table[table["model"].isin(SAMPLED_SEARCHES)]
    merged = pd.merge(searches[["model", "dataset", "seed", "derived_test_mse"]],
                      nonshared[["dataset", "seed", "derived_test_mse"]], on=["dataset", "seed"],
                      suffixes=("_search", "_nonshared"))
    return pd.DataFrame({"search": merged["model"], "dataset": merged["dataset"], "seed": merged["seed"],
                         "search_mse": merged["derived_test_mse_search"].astype(float),
                         "nonshared_mse": merged["derived_test_mse_nonshared"].astype(float)}, columns=columns)


def _paired_statistics(paired: pd.DataFrame) -> dict[str, float]:
    """Seeds lower, geometric-mean ratio and the evidence section's statistics of search / nonshared."""
    log_ratio = np.log(paired["search_mse"] / paired["nonshared_mse"]) if len(paired) else pd.Series(dtype=float)
    key = paired["dataset"].astype(str) + "/" + paired["seed"].astype(str)  # a seed of each pooled dataset
    long = pd.concat([pd.DataFrame({"model": name, "seed": key, "test_mse": paired[column]})
                      for name, column in (("search", "search_mse"), ("nonshared", "nonshared_mse"))])
    statistics = compare(long, "search", "nonshared")
    return {"paired_lower": int((log_ratio < 0).sum()),
            "paired_geomean_ratio": float(np.exp(log_ratio.mean())) if len(paired) else np.nan,
            "paired_median_ratio": statistics["median_ratio"], "paired_ratio_low": statistics["ratio_low"],
            "paired_ratio_high": statistics["ratio_high"], "paired_p_wilcoxon": statistics["p_wilcoxon"]}


def pooled_comparison(table: pd.DataFrame, datasets: Sequence[str] | None = None) -> pd.DataFrame:
    """Per sampled search, its paired seeds of every dataset (or of ``datasets``) pooled: ``pairs``
    and the columns ``paired_*`` of :func:`sampled_comparison` — one verdict over the datasets that
    no single dataset's ten seeds can give.

    Example:
        >>> table = pd.DataFrame({"model": ["diffqas_nonshared"] * 4 + ["diffqas_reinforce"] * 4,
        ...     "method": ["validated"] * 4 + ["argmax"] * 4, "dataset": ["a", "a", "b", "b"] * 2,
        ...     "seed": [0, 1] * 4, "run": list("abcdefgh"), "derived_test_mse": [1.0] * 4 + [2.0, 0.5, 2.0, 2.0]})
        >>> row = pooled_comparison(table).iloc[0]
        >>> row["search"], int(row["pairs"]), int(row["paired_lower"]), round(float(row["paired_geomean_ratio"]), 2)
        ('diffqas_reinforce', 4, 1, 1.41)
    """
    pairs = paired_seeds(table)
    if datasets is not None:
        pairs = pairs[pairs["dataset"].isin(list(datasets))]
    rows = [{"search": search, "pairs": len(part), "datasets": part["dataset"].nunique(), **_paired_statistics(part)}
            for search, part in pairs.groupby("search", sort=False)]
    return pd.DataFrame(rows)


SYNTHETIC = "synthetic datasets"
"""The ``over`` label of :func:`pooled_tables`' row pooled over the synthetic (paper) datasets."""


def pooled_tables(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`pooled_comparison` over the synthetic datasets and over every dataset, one row per
    (search, what was pooled), the latter named in the column ``over``."""
    synthetic = sorted(set(table["dataset"]) - set(REAL_WORLD)) if len(table) else []
    return pd.concat([pooled_comparison(table, synthetic).assign(over=SYNTHETIC),
                      pooled_comparison(table).assign(over="every dataset")], ignore_index=True)


def sampled_markdown(frame: pd.DataFrame, pooled: pd.DataFrame | None = None) -> str:
    """The section's text and table; with ``pooled`` (:func:`pooled_comparison`, labelled by what it
    pooled in its ``over`` column) a second table of the pooled paired seeds."""
    if frame.empty:
        return "No run of a sampled search (" + ", ".join(f"`{s}`" for s in SAMPLED_SEARCHES) + ") has finished yet."
    searches = "; ".join(f"`{s}`: {SAMPLED_WHAT[s]}" for s in SAMPLED_SEARCHES if s in set(frame["search"]))
    return ("The searches with no derivation gap (" + searches + "; the derived architecture is the argmax "
            "of the logits) against `diffqas_nonshared`; test MSE means over seeds of the derived, re-trained "
            "models (`search ≤ nonshared` compares these means, which one seed can move); paired: the seeds both ran, "
            "matched by seed, the search's derived test MSE over the nonshared one's, with the median ratio's "
            "bootstrap 95 % interval and the Wilcoxon signed-rank p of the log ratios (per dataset, not "
            "corrected for the other rows; a verdict whose p is large and whose interval holds 1 could be "
            "chance either way); search seconds are the training epochs' own (mean over seeds; runs timed under different "
            "machine loads, see `bench/gdas_epoch.py` for a side-by-side epoch). The figure "
            "`docs/results/sampled_searches.png` shows each gate's largest softmax weight over the search's epochs."
            "\n\n" + comparison_markdown(frame) + pooled_markdown(pooled))


def comparison_markdown(frame: pd.DataFrame) -> str:
    """The table of :func:`sampled_comparison` (markdown)."""
    shown = pd.DataFrame({
        "search": frame["search"], "dataset": frame["dataset"], "seeds (search / nonshared)": frame["seeds"],
        "search derived": [_e(v) for v in frame["search_derived"]],
        f"nonshared derived ({frame['method'].iloc[0]})": [_e(v) for v in frame["nonshared_derived"]],
        "search ≤ nonshared": ["yes" if v else "no" for v in frame["at_least_as_good"]],
        "paired: search lower / seeds": [f"{a} / {b}" for a, b in zip(frame["paired_lower"], frame["paired_seeds"],
                                                                      strict=True)],
        "paired geometric-mean ratio": [f"{v:.2f}" for v in frame["paired_geomean_ratio"]],
        "paired median ratio [95 % CI]": [f"{m:.2f} [{lo:.2f}, {hi:.2f}]" for m, lo, hi in zip(
            frame["paired_median_ratio"], frame["paired_ratio_low"], frame["paired_ratio_high"], strict=True)],
        "Wilcoxon p": [f"{v:.3g}" for v in frame["paired_p_wilcoxon"]],
        "search s (search / nonshared)": [f"{a:.0f} / {b:.0f}" for a, b in zip(frame["search_s"],
                                                                            frame["nonshared_search_s"], strict=True)],
        "time ratio": [f"{v:.2f}" for v in frame["time_ratio"]]})
    return markdown_table(shown)


def pooled_markdown(pooled: pd.DataFrame | None) -> str:
    """The pooled paired seeds (:func:`pooled_tables`) as a table under its lead-in; empty without any."""
    if pooled is None or pooled.empty:
        return ""
    shown = pd.DataFrame({
        "search": pooled["search"], "pooled": pooled["over"],
        "pairs (datasets)": [f"{a} ({b})" for a, b in zip(pooled["pairs"], pooled["datasets"], strict=True)],
        "search lower": pooled["paired_lower"],
        "geometric-mean ratio": [f"{v:.2f}" for v in pooled["paired_geomean_ratio"]],
        "median ratio [95 % CI]": [f"{m:.2f} [{lo:.2f}, {hi:.2f}]" for m, lo, hi in zip(
            pooled["paired_median_ratio"], pooled["paired_ratio_low"], pooled["paired_ratio_high"], strict=True)],
        "Wilcoxon p": [f"{v:.3g}" for v in pooled["paired_p_wilcoxon"]]})
    return ("\n\nThe paired seeds pooled over datasets (one verdict that no dataset's seeds alone can give; a "
            "ratio above 1: the search's derived models are worse):\n\n" + markdown_table(shown))


def top_weights(histories: Mapping[str, pd.DataFrame | Callable[[], pd.DataFrame]]) -> pd.DataFrame:
    """One row per (run, gate, epoch) of the grid's sampled searches: ``model``, ``dataset``, ``seed``,
    ``gate``, ``epoch``, ``top_weight`` (the gate's largest softmax weight after that epoch) and
    ``uniform`` (1 / the number of candidates). ``histories``: run key ``<dataset>/<model>/seed_<n>``
    → its ``history.csv`` (or a loader, as a ``PartitionedDataset`` gives it); other runs are skipped
    unread."""
    rows = []
    for key, history in sorted(histories.items()):
        parts = key.split("/")
        if len(parts) != 3 or parts[1] not in SAMPLED_SEARCHES:
            continue
        frame = history() if callable(history) else history
        for gate in GATE_NAMES:
            columns = [c for c in frame.columns if c.startswith(f"a_{gate}_")]
            if not columns:
                continue
            top = frame[columns].to_numpy(float).max(axis=1)
            rows += [{"model": parts[1], "dataset": parts[0], "seed": parts[2].removeprefix("seed_"), "gate": gate,
                      "epoch": int(epoch), "top_weight": float(weight), "uniform": 1.0 / len(columns)}
                     for epoch, weight in zip(frame["epoch"], top, strict=True)]
    return pd.DataFrame(rows, columns=["model", "dataset", "seed", "gate", "epoch", "top_weight", "uniform"])


def plot_top_weights(weights: pd.DataFrame) -> Figure:
    """One panel per gate: each sampled search's largest softmax weight over the epochs, median over
    its runs (every dataset and seed) with the 10–90 % band, and the uniform weight 1/N dashed."""
    fig = Figure(figsize=(12, 3.4), layout="constrained")
    axes = fig.subplots(1, len(GATE_NAMES), sharey=True)
    if weights.empty:
        fig.suptitle("No run of a sampled search has finished yet.")
        return fig
    colours = dict(zip(SAMPLED_SEARCHES, ("tab:blue", "tab:red", "tab:green", "tab:purple"), strict=False))
    for ax, gate in zip(axes, GATE_NAMES, strict=True):
        part = weights[weights["gate"] == gate]
        for model, of_model in part.groupby("model", sort=False):
            by_epoch = of_model.groupby("epoch")["top_weight"]
            median, low, high = by_epoch.median(), by_epoch.quantile(0.1), by_epoch.quantile(0.9)
            runs = of_model[["dataset", "seed"]].drop_duplicates().shape[0]
            ax.plot(median.index, median.to_numpy(), color=colours.get(model), label=f"{model} ({runs} runs)")
            ax.fill_between(median.index, low.to_numpy(), high.to_numpy(), color=colours.get(model), alpha=0.2, lw=0)
        if len(part):
            ax.axhline(float(part["uniform"].iloc[0]), color="grey", ls="--", lw=1, label="uniform 1/N")
        ax.set_title(gate)
        ax.set_xlabel("epoch")
        ax.set_ylim(0, 1)
    axes[0].set_ylabel("largest softmax weight")
    axes[-1].legend(fontsize=7, loc="upper left")
    fig.suptitle("Sampled searches: how sharply each gate's logits settle (median over runs, 10–90 % band)")
    return fig
