"""Thin nodes of the ``publish`` pipeline; the work is in :mod:`diffqas_qlstm.report.publish`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from diffqas_qlstm import report
from diffqas_qlstm.report import publish

CHECK_PREFIX = "tfq_check/"
"""Runs under ``<results folder>/tfq_check/`` re-run one grid run on the TFQ backend (a check)."""

COMMAND = "make results"


def _split(partitions: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    grid = {k: v for k, v in partitions.items() if not k.startswith(CHECK_PREFIX)}
    check = {k.removeprefix(CHECK_PREFIX): v for k, v in partitions.items() if k.startswith(CHECK_PREFIX)}
    return grid, check


def collect_published_runs(
    metrics: Mapping[str, Any], manifests: Mapping[str, Any], derived_summaries: Mapping[str, Any]
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """``published_runs`` (the grid), ``tfq_check_runs`` and the grid's missing runs."""
    (grid_metrics, check_metrics), (grid_manifests, check_manifests), (grid_derived, check_derived) = (
        _split(metrics), _split(manifests), _split(derived_summaries)
    )
    runs = publish.published_runs(grid_metrics, grid_manifests, grid_derived)
    check = publish.published_runs(check_metrics, check_manifests, check_derived)
    return runs, check, publish.missing_runs(runs, grid_manifests)


def write_results_document(
    runs: pd.DataFrame, check: pd.DataFrame, missing: list[str], report_params: Mapping[str, Any]
) -> str:
    """``results_document``: the whole docs/RESULTS.md."""
    settings = report.validate_report_parameters(report_params)
    extra = [("Check of the TFQ path", publish.tfq_check_section(runs, check))]
    return publish.results_document(
        runs, missing, command=COMMAND, test=settings["statistical_test"], digits=settings["digits"],
        extra_sections=extra,
    )


def published_tables(runs: pd.DataFrame, report_params: Mapping[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``published_table`` (models × datasets, mean ± std) and ``published_statistics`` (paired tests)."""
    settings = report.validate_report_parameters(report_params)
    long = publish.long_runs(runs)
    return report.results_table(long, digits=settings["digits"]), report.compare_to_best_baseline(
        long, settings["statistical_test"]
    )


def plot_published_results(runs: pd.DataFrame) -> tuple[Figure, Figure]:
    """``published_results_figure`` (mean test MSE per model and dataset) and ``against_paper_figure``."""
    return report.plot_results(report.aggregate(publish.long_runs(runs))), publish.plot_against_paper(runs)
