"""The ``report`` pipeline: namespaced figure nodes per run, then four nodes over all runs."""

from __future__ import annotations

import warnings
from typing import Any

from kedro.pipeline import Pipeline, node

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.config.environment import configured_runs
from diffqas_qlstm.pipelines.report.nodes import (
    build_results_table,
    collect_results,
    compare_with_baselines,
    plot_results_figure,
    plot_run_architecture_heatmap,
    plot_run_architecture_history,
    plot_run_losses,
    plot_run_predictions,
)
from diffqas_qlstm.pipelines.run_index import datasets_of, index_name, with_run_index
from diffqas_qlstm.pipelines.run_nodes import for_run, is_diffqas, per_run


def _figure_nodes(spec: RunSpec, tags: list[str]) -> list:
    """The figures of one run."""
    derived = is_diffqas(spec)
    nodes = [
        node(for_run(plot_run_predictions, spec), "predictions", "prediction_plot",
             name="plot_predictions", tags=tags),
        node(for_run(plot_run_losses, spec), ["history"] + (["derived_history"] if derived else []),
             "loss_plot", name="plot_losses", tags=tags),
    ]
    if derived:
        nodes += [
            node(for_run(plot_run_architecture_heatmap, spec), ["trained_params", "params:train"],
                 "architecture_heatmap", name="plot_architecture_heatmap", tags=tags),
            node(for_run(plot_run_architecture_history, spec), ["history", "trained_params", "params:report"],
                 "architecture_history_plot", name="plot_architecture_history", tags=tags),
        ]
    return nodes


def report_pipeline(runs: list[RunSpec]) -> Pipeline:
    """Per-run figures, and the cross-run results from every run's ``summary``, ``metrics`` and
    ``manifest`` (runs of different protocols are refused), read through each series' index
    ``<dataset>.runs`` (:func:`~diffqas_qlstm.pipelines.run_index.with_run_index` adds the
    index nodes once the whole pipeline is assembled)."""
    result = per_run(runs, _figure_nodes, stage="report", windows=False,
                     parameters=lambda spec: {"params:train", "params:report"} if is_diffqas(spec) else set())
    tags = ["report", "results"]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "One or more dataset names contain '.'", UserWarning)
        collect = node(collect_results, [index_name(d) for d in datasets_of(runs)], "results_runs",
                       name="collect_results", tags=tags)
    return result + Pipeline(
        [
            collect,
            node(build_results_table, ["results_runs", "params:report"], ["results_table", "results_table_md"],
                 name="build_results_table", tags=tags),
            node(plot_results_figure, "results_runs", "results_figure", name="plot_results_figure", tags=tags),
            node(compare_with_baselines, ["results_runs", "params:report"], ["statistics", "statistics_md"],
                 name="compare_with_baselines", tags=tags),
        ]
    )


def create_pipeline(**kwargs: Any) -> Pipeline:
    """``report`` over every run of ``train.grid`` (reads what ``train``, ``derive``, ``evaluate`` wrote)."""
    runs = configured_runs()
    return with_run_index(report_pipeline(runs), runs)
