"""Figures of a run and of the whole grid (SPEC §7), as ``matplotlib.figure.Figure`` objects.

Figures are built without pyplot, so they hold no global state; Kedro saves them with
``AtomicMatplotlibDataset`` (previewable in ``kedro viz``), a notebook displays them.

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"index": [4, 5, 6], "target": [0.1, 0.2, 0.3],
    ...                       "prediction": [0.1, 0.25, 0.2], "split": ["train", "train", "test"]})
    >>> plot_predictions(frame, title="demo").axes[0].get_title()
    'demo'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from diffqas_qlstm.config.names import GATE_NAMES as GATES
from diffqas_qlstm.report.published import long_runs
from diffqas_qlstm.report.sections import _labels, paper_comparison
from diffqas_qlstm.report.tables import aggregate


def plot_predictions(predictions: pd.DataFrame, title: str = "", warnings: list[str] | None = None) -> Figure:
    """Truth and prediction over the whole series with a line at the train/test boundary;
    ``warnings`` (e.g. the degeneracy guard's) are printed in red under the title."""
    fig = Figure(figsize=(9, 4), layout="constrained")
    ax = fig.add_subplot()
    ax.plot(predictions["index"], predictions["target"], color="black", lw=1.5, label="truth")
    ax.plot(predictions["index"], predictions["prediction"], color="tab:blue", lw=1.2, label="prediction")
    if "prediction_derived" in predictions:
        ax.plot(predictions["index"], predictions["prediction_derived"], color="tab:orange", lw=1.2,
                ls="--", label="derived model")
    test = predictions[predictions["split"] == "test"]
    if len(test) and len(test) < len(predictions):
        boundary = float(test["index"].iloc[0]) - 0.5
        ax.axvline(boundary, color="tab:red", ls=":", lw=1.5, label="train | test")
    ax.set_xlabel("time index of the target")
    ax.set_ylabel("value (scaled)")
    ax.set_title(title)
    if warnings:
        ax.text(0.5, 0.98, "\n".join(warnings), transform=ax.transAxes, ha="center", va="top", color="tab:red",
                fontsize="small", fontweight="bold")
    ax.legend(loc="best", fontsize="small")
    return fig


def plot_losses(history: pd.DataFrame, derived_history: pd.DataFrame | None = None, title: str = "") -> Figure:
    """Train and test MSE per epoch on a log scale; the derived model's re-training continues the axis."""
    fig = Figure(figsize=(7, 4), layout="constrained")
    ax = fig.add_subplot()
    ax.semilogy(history["epoch"], history["train_mse"], "o-", color="tab:blue", label="train MSE")
    ax.semilogy(history["epoch"], history["test_mse"], "s-", color="tab:orange", label="test MSE")
    if derived_history is not None and len(derived_history):
        offset = float(history["epoch"].max()) if len(history) else 0.0
        epochs = derived_history["epoch"] + offset
        ax.semilogy(epochs, derived_history["train_mse"], "o--", color="tab:blue", alpha=0.6, label="derived: train")
        ax.semilogy(epochs, derived_history["test_mse"], "s--", color="tab:orange", alpha=0.6, label="derived: test")
        ax.axvline(offset + 0.5, color="grey", ls=":", lw=1)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("epoch")
    ax.set_ylabel("MSE (log scale)")
    ax.set_title(title)
    ax.legend(fontsize="small")
    return fig


def plot_architecture_heatmap(
    weights: np.ndarray, candidate_names: Sequence[str], arch_weights: str = "linear", title: str = ""
) -> Figure:
    """Architecture weights a_{k,j} as a heat map, gates × candidates; the derived choice is boxed."""
    weights = np.asarray(weights, dtype=float)
    n = weights.shape[1]
    fig = Figure(figsize=(max(7.0, 0.3 * n + 2.5), 3.8), layout="constrained")
    ax = fig.add_subplot()
    if arch_weights == "linear":
        limit = float(np.abs(weights).max()) or 1.0
        image = ax.imshow(weights, aspect="auto", cmap="RdBu_r", vmin=-limit, vmax=limit)
        top = np.abs(weights).argmax(axis=1)
    else:
        image = ax.imshow(weights, aspect="auto", cmap="viridis")
        top = weights.argmax(axis=1)
    for k, j in enumerate(top):
        ax.add_patch(_box(j, k))
    ax.set_yticks(range(len(GATES)), GATES)
    ax.set_xticks(range(n), candidate_names, rotation=90, fontsize=7)
    ax.set_title(title, fontsize="medium")
    fig.colorbar(image, ax=ax, label="a (linear)" if arch_weights == "linear" else "a (softmax)")
    return fig


def _box(j: int, k: int):
    from matplotlib.patches import Rectangle

    return Rectangle((j - 0.5, k - 0.5), 1, 1, fill=False, edgecolor="black", lw=2)


def plot_architecture_history(
    history: pd.DataFrame, candidate_names: Sequence[str], n_labelled: int = 3, title: str = ""
) -> Figure:
    """Architecture weights over the epochs, one panel per gate; the top ``n_labelled`` are named."""
    fig = Figure(figsize=(10, 6), layout="constrained")
    axes = fig.subplots(2, 2, sharex=True).ravel()
    for ax, gate in zip(axes, GATES, strict=True):
        columns = [c for c in history.columns if c.startswith(f"a_{gate}_")]
        final = np.abs(history[columns].iloc[-1].to_numpy()) if len(history) and columns else np.zeros(0)
        labelled = set(np.argsort(-final, kind="stable")[:n_labelled].tolist())
        for j, column in enumerate(columns):
            named = j in labelled
            ax.plot(history["epoch"], history[column], lw=1.6 if named else 0.7, alpha=1.0 if named else 0.4,
                    label=candidate_names[j] if named else None)
        ax.set_title(f"{gate} gate")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("epoch")
        ax.set_ylabel("a")
        if labelled:
            ax.legend(fontsize="x-small")
    fig.suptitle(title)
    return fig


def plot_results(stats: pd.DataFrame, title: str = "Test MSE over seeds (mean ± std)") -> Figure:
    """Grouped bars per dataset, one per model label, log scale, std as error bars; best hatched."""
    datasets = list(dict.fromkeys(stats["dataset"]))
    models = list(dict.fromkeys(stats["model"]))
    fig = Figure(figsize=(max(8.0, 3.5 + 0.35 * len(models) * len(datasets)), 4.5), layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / max(len(models), 1)
    colors = _colors(len(models))
    for i, model in enumerate(models):
        part = stats[stats["model"] == model].set_index("dataset").reindex(datasets)
        x = np.arange(len(datasets)) + (i - (len(models) - 1) / 2) * width
        std = part["std"].fillna(0.0).to_numpy(float)
        bars = ax.bar(x, part["mean"].to_numpy(float), width, yerr=std, capsize=2, label=model, color=colors[i])
        for bar, best in zip(bars, part["best"].fillna(False).astype(bool), strict=True):
            if best:
                bar.set_hatch("//")
                bar.set_edgecolor("black")
    ax.set_yscale("log")
    ax.set_xticks(range(len(datasets)), datasets)
    ax.set_ylabel("test MSE (log scale)")
    ax.set_title(title)
    ax.legend(fontsize="x-small", ncol=2, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def _colors(n: int) -> list:
    from matplotlib import colormaps

    cmap = colormaps["tab20"]
    return [cmap(i % 20) for i in range(n)]


def architecture_inputs(params: Mapping[str, np.ndarray]) -> tuple[np.ndarray, list[str]]:
    """(a [4, N], the N candidate names of the first gate) from an ensemble's stored parameters."""
    names = np.asarray(params["candidate_names"]).astype(str)
    return np.asarray(params["mixing_weights"], float), names[0].tolist()


def plot_against_paper(runs: pd.DataFrame) -> Figure:
    """Ours (mean over seeds; bars from the lowest to the highest seed) against the paper's value
    per cell, log–log, y = x dashed."""
    _, ratios = paper_comparison(runs)
    long = long_runs(runs)
    fig = Figure(figsize=(6, 5.5), layout="constrained")
    ax = fig.add_subplot()
    for i, (model, part) in enumerate(ratios.groupby("model", sort=False)):
        spread = [long[(long["model"] == model) & (long["dataset"] == d)]["test_mse"] for d in part["dataset"]]
        low = part["ours"].to_numpy() - np.array([s.min() for s in spread])
        high = np.array([s.max() for s in spread]) - part["ours"].to_numpy()
        ax.errorbar(part["paper"], part["ours"], yerr=[low, high], fmt="os^vDP<>"[i % 8], label=model,
                    capsize=2, alpha=0.85)
    if len(ratios):
        low = float(min(ratios["paper"].min(), long["test_mse"].min())) / 2
        high = float(max(ratios["paper"].max(), ratios["ours"].max())) * 2
        ax.plot([low, high], [low, high], "k--", lw=1, label="ours = paper")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("paper's test MSE (Table II, reconstruction)")
    ax.set_ylabel("ours: mean test MSE over seeds (bars: lowest–highest seed)")
    ax.set_title("Reproduction of Table II, cell by cell")
    ax.legend(fontsize="x-small")
    return fig

def plot_table_heatmap(runs: pd.DataFrame) -> Figure:
    """Table II as a picture: log10 of the mean test MSE per model (rows) and dataset (columns),
    each cell annotated, the best of each column boxed; empty cells are runs not finished."""
    stats = aggregate(long_runs(runs))
    labels, datasets = _labels(runs), list(dict.fromkeys(runs["dataset"]))
    values = np.full((len(labels), len(datasets)), np.nan)
    for _, row in stats.iterrows():
        if row["model"] in labels and row["dataset"] in datasets:
            values[labels.index(row["model"]), datasets.index(row["dataset"])] = row["mean"]
    fig = Figure(figsize=(1.6 + 1.5 * len(datasets), 0.8 + 0.32 * len(labels)), layout="constrained")
    ax = fig.add_subplot()
    image = ax.imshow(np.log10(values), aspect="auto", cmap="viridis_r")
    for i in range(len(labels)):
        for j in range(len(datasets)):
            if np.isfinite(values[i, j]):
                ax.text(j, i, f"{values[i, j]:.1e}", ha="center", va="center", fontsize=7,
                        color="black" if np.log10(values[i, j]) < np.nanmean(np.log10(values)) else "white")
    for j in range(len(datasets)):
        column = values[:, j]
        if np.isfinite(column).any():
            i = int(np.nanargmin(column))
            ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="red", lw=2))
    ax.set_xticks(range(len(datasets)), datasets, rotation=20, ha="right")
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.set_title("Test MSE, mean over seeds\n(red: best per dataset)", fontsize=10)
    fig.colorbar(image, ax=ax, label="log10 test MSE")
    return fig
