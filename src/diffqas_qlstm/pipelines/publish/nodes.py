"""Thin nodes of the ``publish`` pipeline; the work is in :mod:`diffqas_qlstm.report` (``published``,
``sections``, ``reading``, ``document``, ``evidence``, ``ground_truth``, ``rerun``, ``rederive``, ``machines``,
``plots``, ``sampled``, ``schedule``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from diffqas_qlstm import report
from diffqas_qlstm.config import typed
from diffqas_qlstm.report import (
    derivation,
    document,
    evidence,
    folders,
    ground_truth,
    machines,
    plots,
    published,
    rederive,
    rerun,
    sampled,
    schedule,
    sections,
    tuning,
)
from diffqas_qlstm.robustness.tables import robustness_section

COMMAND = "make results"
_NO_REDERIVE = pd.DataFrame(columns=rederive.COLUMNS)
_NO_SCHEDULE = pd.DataFrame(columns=schedule.COLUMNS)


def _subsection(title: str, text: str) -> str:
    """``text`` under a ``###`` heading, or nothing when there is no text."""
    return f"\n\n### {title}\n\n{text}" if text else ""


def collect_published_runs(
    metrics: Mapping[str, Any], manifests: Mapping[str, Any], derived_summaries: Mapping[str, Any],
    histories: Mapping[str, Any] | None = None, derived_histories: Mapping[str, Any] | None = None,
) -> tuple[pd.DataFrame, dict[str, Any], list[str]]:
    """``published_runs`` (the grid), ``side_runs`` (the TFQ check and the exploration, by group)
    and the grid's missing runs; ``histories`` / ``derived_histories`` (per-epoch ``seconds``)
    give each run's ``training_seconds``."""
    metrics, manifests, derived = folders.split(metrics), folders.split(manifests), folders.split(derived_summaries)
    histories, derived_histories = folders.loaded(histories or {}), folders.loaded(derived_histories or {})
    seconds = folders.split(published.epoch_seconds(histories, derived_histories))
    last = folders.split(published.last_epochs_mean(histories or {}, derived_histories or {}))

    def runs_of(group: str) -> pd.DataFrame:
        return published.published_runs(metrics.get(group, {}), manifests.get(group, {}), derived.get(group, {}),
                                      seconds.get(group, {}), last.get(group, {}))

    runs = runs_of("grid")
    rederived = {g.removeprefix(folders.REDERIVE_PREFIX): derived[g] for g in sorted(derived) if g.startswith(folders.REDERIVE_PREFIX)}
    split_histories = folders.split(histories)
    reruns = {g.removeprefix(folders.RERUN_PREFIX): runs_of(g) for g in sorted(metrics) if g.startswith(folders.RERUN_PREFIX)}
    side = {
        "tfq_check": runs_of("tfq_check"),
        "ground_truth": runs_of("ground_truth"),
        "tuned": runs_of("tuned"),
        "ground_truth_missing": published.missing_runs(runs_of("ground_truth"), manifests.get("ground_truth", {})),
        "rerun": rerun.rerun_table(runs, reruns, {"grid": split_histories.get("grid", {}),
                                                   **{label: split_histories.get(folders.RERUN_PREFIX + label, {})
                                                      for label in reruns}},
                                   {"grid": rederive.records_by_run(derived.get("grid", {})),
                                    **{label: rederive.records_by_run(derived.get(folders.RERUN_PREFIX + label, {}))
                                       for label in reruns}}),
        "explore": {g.removeprefix(folders.EXPLORE_PREFIX): runs_of(g) for g in sorted(metrics) if g.startswith(folders.EXPLORE_PREFIX)},
        "derived": folders.derivations(derived),
        "rederive": rederive.rederive_table(runs, derived.get("grid", {}), rederived),
        "schedule": schedule.schedule_table(runs, derived.get("grid", {}), rederived, {
            g.removeprefix(folders.SCHEDULE_PREFIX): runs_of(g) for g in sorted(metrics) if g.startswith(folders.SCHEDULE_PREFIX)}),
        "schedule_sampled": schedule.sampled_under(runs, rederived),
        "explore_settings": {
            g.removeprefix(folders.EXPLORE_PREFIX): folders.changed_settings(manifests.get("grid", {}), manifests.get(g, {}))
            for g in sorted(metrics) if g.startswith(folders.EXPLORE_PREFIX)
        },
    }
    return runs, side, published.missing_runs(runs, manifests.get("grid", {}))


def grid_rankings(rankings: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    """The grid's DiffQAS runs' ``candidate_ranking.csv`` (run folder → table)."""
    return {key: frame for key, frame in folders.loaded(folders.split(rankings).get("grid", {})).items()}


def write_results_document(
    runs: pd.DataFrame, side: Mapping[str, Any], missing: list[str], noise_runs: Mapping[str, Any],
    audits: Mapping[str, Any], rankings: Mapping[str, Any], tune_summaries: Mapping[str, Any],
    report_params: Mapping[str, Any],
) -> str:
    """``results_document``: the whole docs/RESULTS.md."""
    settings = typed("report", report_params)
    derived = side.get("derived", {})
    long = published.long_runs(runs)
    truth = side.get("ground_truth", pd.DataFrame())
    tuned = published.long_runs(side.get("tuned", pd.DataFrame()))
    studies = folders.loaded(tune_summaries)
    extra = [
        ("Equal-budget tuning: the same number of trials for every model",
         tuning.tuning_section(long, tuned, studies, settings.statistical_test)),
        ("Ground truth: every candidate trained alone",
         ground_truth.ground_truth_section(truth, long, grid_rankings(rankings),
                                           len(side.get("ground_truth_missing", [])))),
        ("The rerun band: what a difference that means nothing looks like",
         rerun.rerun_section(side["rerun"]) + "\n\n### Seeds run on different CPUs\n\n" + machines.machine_section(runs)),
        ("The derived circuits: audit, methods, degenerate models",
         derivation.derivation_section(runs, derived, folders.first_audit(audits))
         + "\n\n### Re-derivations: the same ensembles derived again\n\n" + rederive.rederive_section(side.get("rederive", _NO_REDERIVE))
         + _subsection("Re-derived against baselines trained alike", schedule.schedule_section(side.get("schedule", _NO_SCHEDULE)))
         + _subsection("The gap-free comparison re-derived alike", schedule.sampled_under_section(side.get("schedule_sampled", {})))),
        ("DiffQAS settings explored", sections.exploration_section(runs, side["explore"], side["explore_settings"])),
        ("Check of the TFQ path", sections.tfq_check_section(runs, side["tfq_check"])),
        ("Robustness: finite shots and gate noise", robustness_section(folders.split(noise_runs))),
    ]
    return document.results_document(
        runs, missing, command=COMMAND, test=settings.statistical_test, digits=settings.digits,
        extra_sections=extra, rerun_band=side["rerun"],
        extra_reading=[*derivation.derivation_reading(runs, derived), *rederive.rederive_reading(side.get("rederive", _NO_REDERIVE)),
                       *schedule.schedule_reading(side.get("schedule", _NO_SCHEDULE)),
                       *schedule.sampled_under_reading(side.get("schedule_sampled", {})),
                       *ground_truth.ground_truth_reading(truth, long),
                       *tuning.tuning_reading(long, tuned, settings.statistical_test), *machines.machine_reading(runs)],
    )


def published_tables(runs: pd.DataFrame, report_params: Mapping[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``published_table`` (models × datasets, mean ± std) and ``published_statistics`` (the paired
    comparisons of the document, Holm-corrected per family)."""
    settings = typed("report", report_params)
    long = published.long_runs(runs)
    return report.results_table(long, digits=settings.digits), evidence.paired_comparisons(
        long, settings.statistical_test)


def plot_ground_truth(runs: pd.DataFrame, side: Mapping[str, Any]) -> Figure:
    """``ground_truth_figure``: the uniform circuits sorted per dataset, with the references."""
    return ground_truth.plot_ground_truth(side.get("ground_truth", pd.DataFrame()), published.long_runs(runs))


def plot_sampled_searches(histories: Mapping[str, Any]) -> Figure:
    """``sampled_searches_figure``: how sharply the sampled searches' logits settle, gate by gate."""
    return sampled.plot_top_weights(sampled.top_weights(folders.split(histories).get("grid", {})))


def plot_published_results(runs: pd.DataFrame) -> tuple[Figure, Figure]:
    """``published_results_figure`` (Table II as a heat map) and ``against_paper_figure``."""
    return plots.plot_table_heatmap(runs), plots.plot_against_paper(runs)
