"""Thin nodes of the ``report`` pipeline; the work is in :mod:`diffqas_qlstm.report`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from diffqas_qlstm import report
from diffqas_qlstm.config import RunSpec, typed
from diffqas_qlstm.model import arch_weights_of
from diffqas_qlstm.training import degeneracy
from diffqas_qlstm.training.manifest import require_same_protocol


def plot_run_predictions(predictions: pd.DataFrame, *, spec: RunSpec) -> Figure:
    """``prediction_plot``: truth vs prediction over the series, split line; a model the degeneracy
    guard flags is named on the figure."""
    warnings = []
    for column, who in (("prediction", "the model"), ("prediction_derived", "the derived model")):
        if column in predictions:
            guard = degeneracy(predictions[column].to_numpy(), predictions["target"].to_numpy())
            warnings += [f"DEGENERATE — {who}: {reason}" for reason in guard["reasons"]]
    return report.plot_predictions(predictions, title=f"{spec.name}: predictions", warnings=warnings)


def plot_run_losses(
    history: pd.DataFrame, derived_history: pd.DataFrame | None = None, *, spec: RunSpec
) -> Figure:
    """``loss_plot``: train/test MSE per epoch, log scale (then the derived model's re-training)."""
    return report.plot_losses(history, derived_history, title=f"{spec.name}: loss per epoch")


def plot_run_architecture_heatmap(
    trained_params: dict[str, np.ndarray], train_params: Mapping[str, Any], *, spec: RunSpec
) -> Figure:
    """``architecture_heatmap``: final architecture weights, gate × candidate."""
    weights, names = report.architecture_inputs(trained_params)
    arch_weights = arch_weights_of(spec.model, typed("train", train_params).model)
    return report.plot_architecture_heatmap(weights, names, arch_weights, title=f"{spec.name}: architecture weights")


def plot_run_architecture_history(
    history: pd.DataFrame, trained_params: dict[str, np.ndarray], report_params: Mapping[str, Any], *, spec: RunSpec
) -> Figure:
    """``architecture_history_plot``: architecture weights over the epochs, per gate."""
    _, names = report.architecture_inputs(trained_params)
    n = typed("report", report_params).labelled_candidates
    return report.plot_architecture_history(history, names, n, title=f"{spec.name}: architecture weights per epoch")


def collect_results(*indexes: dict[str, dict[str, Any]]) -> pd.DataFrame:
    """``results_runs``: one row per run (and derived model) from every run's summary and metrics.

    ``indexes`` are the series' ``<dataset>.runs`` (``{run: {"summary", "metrics", "manifest"}}``).
    Runs whose manifests disagree on the protocol are refused (``ProtocolMismatchError`` naming
    the runs and the settings); different seeds and backends are fine.

    Example:
        >>> manifest = {"run": "r", "protocol": {"training": {"epochs": 2}}}
        >>> summary = {"run": "r", "dataset": "bessel", "model": "constant", "seed": 0, "test_mse": 0.5}
        >>> index = {"r": {"summary": summary, "metrics": {"run": "r", "train_mse": 0.4}, "manifest": manifest}}
        >>> collect_results(index)["test_mse"].tolist()
        [0.5]
    """
    runs = [entry for index in indexes for entry in index.values()]
    require_same_protocol({str(entry["summary"]["run"]): entry["manifest"] for entry in runs})
    return report.collect_runs(*(record for entry in runs for record in (entry["summary"], entry["metrics"])))


def build_results_table(runs: pd.DataFrame, report_params: Mapping[str, Any]) -> tuple[pd.DataFrame, str]:
    """``results_table`` (CSV) and ``results_table_md``: models × datasets, mean ± std, best marked."""
    table = report.results_table(runs, digits=typed("report", report_params).digits)
    return table, report.results_markdown(table)


def plot_results_figure(runs: pd.DataFrame) -> Figure:
    """``results_figure``: mean test MSE per model and dataset (log scale, std error bars)."""
    return report.plot_results(report.aggregate(runs))


def compare_with_baselines(runs: pd.DataFrame, report_params: Mapping[str, Any]) -> tuple[pd.DataFrame, str]:
    """``statistics`` (CSV) and ``statistics_md``: DiffQAS vs the best baseline, paired over seeds."""
    test = typed("report", report_params).statistical_test
    table = report.compare_to_best_baseline(runs, test)
    return table, report.statistics_markdown(table)
