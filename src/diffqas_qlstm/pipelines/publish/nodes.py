"""Thin nodes of the ``publish`` pipeline; the work is in :mod:`diffqas_qlstm.report.publish`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from diffqas_qlstm import report
from diffqas_qlstm.config import ReportConfig
from diffqas_qlstm.report import derivation, evidence, ground_truth, publish, rerun
from diffqas_qlstm.robustness.tables import robustness_markdown, robustness_table
from diffqas_qlstm.training.manifest import flatten

CHECK_PREFIX = "tfq_check/"
"""Runs under ``<results folder>/tfq_check/`` re-run one grid run on the TFQ backend (a check)."""
EXPLORE_PREFIX = "explore/"
"""Runs under ``<results folder>/explore/<label>/`` change one DiffQAS setting (the exploration)."""
GROUND_TRUTH_PREFIX = "ground_truth/"
"""Runs under ``<results folder>/ground_truth/`` train every candidate alone (``make ground-truth``)."""
RERUN_PREFIX = "rerun/"
"""Runs under ``<results folder>/rerun/<label>/`` re-run grid runs with one change (``make rerun-band``)."""
DERIVE_PREFIX = "derive_"
"""Derivations under ``<results folder>/derive_<method>/`` re-derive the grid's ensembles by another
``derive.method`` (e.g. the paper's ``magnitude``), beside the grid's own."""

COMMAND = "make results"


def _group(key: str) -> tuple[str, str]:
    """(group, run key): ``grid``, ``tfq_check``, ``ground_truth``, ``rerun/<label>``, ``explore/<label>``
    or ``derive/<method>``, and the rest of the path."""
    if key.startswith(CHECK_PREFIX):
        return "tfq_check", key.removeprefix(CHECK_PREFIX)
    if key.startswith(GROUND_TRUTH_PREFIX):
        return "ground_truth", key.removeprefix(GROUND_TRUTH_PREFIX)
    if key.startswith(RERUN_PREFIX):
        label, _, rest = key.removeprefix(RERUN_PREFIX).partition("/")
        return f"rerun/{label}", rest
    if key.startswith(DERIVE_PREFIX):
        method, _, rest = key.removeprefix(DERIVE_PREFIX).partition("/")
        return f"derive/{method}", rest
    if key.startswith(EXPLORE_PREFIX):
        label, _, rest = key.removeprefix(EXPLORE_PREFIX).partition("/")
        return f"explore/{label}", rest
    return "grid", key


def _split(partitions: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for key, value in partitions.items():
        group, rest = _group(key)
        groups.setdefault(group, {})[rest] = value
    return groups


def _loaded(partitions: Mapping[str, Any]) -> dict[str, Any]:
    """Kedro's lazy partitions loaded once (the histories are read for two columns)."""
    return {key: value() if callable(value) else value for key, value in partitions.items()}


def _first(manifests: Mapping[str, Any]) -> dict[str, Any]:
    value = manifests[min(manifests)]
    return dict(value() if callable(value) else value)


def _changed_settings(grid: Mapping[str, Any], group: Mapping[str, Any]) -> str:
    """Where an exploration group's protocol differs from the grid's, e.g. ``model.arch_lr_scale: 10.0``."""
    if not grid or not group:
        return "?"
    reference = flatten(_first(grid).get("protocol", {}))
    mine = flatten(_first(group).get("protocol", {}))
    changed = [k for k in sorted(set(reference) | set(mine)) if reference.get(k) != mine.get(k)]
    return ", ".join(f"`{k}: {mine.get(k)}`" for k in changed) or "none"


def collect_published_runs(
    metrics: Mapping[str, Any], manifests: Mapping[str, Any], derived_summaries: Mapping[str, Any],
    histories: Mapping[str, Any] | None = None, derived_histories: Mapping[str, Any] | None = None,
) -> tuple[pd.DataFrame, dict[str, Any], list[str]]:
    """``published_runs`` (the grid), ``side_runs`` (the TFQ check and the exploration, by group)
    and the grid's missing runs; ``histories`` / ``derived_histories`` (per-epoch ``seconds``)
    give each run's ``training_seconds``."""
    metrics, manifests, derived = _split(metrics), _split(manifests), _split(derived_summaries)
    histories, derived_histories = _loaded(histories or {}), _loaded(derived_histories or {})
    seconds = _split(publish.epoch_seconds(histories, derived_histories))
    last = _split(publish.last_epochs_mean(histories or {}, derived_histories or {}))

    def runs_of(group: str) -> pd.DataFrame:
        return publish.published_runs(metrics.get(group, {}), manifests.get(group, {}), derived.get(group, {}),
                                      seconds.get(group, {}), last.get(group, {}))

    runs = runs_of("grid")
    split_histories = _split(histories)
    reruns = {g.removeprefix(RERUN_PREFIX): runs_of(g) for g in sorted(metrics) if g.startswith(RERUN_PREFIX)}
    side = {
        "tfq_check": runs_of("tfq_check"),
        "ground_truth": runs_of("ground_truth"),
        "ground_truth_missing": publish.missing_runs(runs_of("ground_truth"), manifests.get("ground_truth", {})),
        "rerun": rerun.rerun_table(runs, reruns, {"grid": split_histories.get("grid", {}),
                                                   **{label: split_histories.get(RERUN_PREFIX + label, {})
                                                      for label in reruns}}),
        "explore": {g.removeprefix(EXPLORE_PREFIX): runs_of(g) for g in sorted(metrics) if g.startswith(EXPLORE_PREFIX)},
        "derived": _derivations(derived),
        "explore_settings": {
            g.removeprefix(EXPLORE_PREFIX): _changed_settings(manifests.get("grid", {}), manifests.get(g, {}))
            for g in sorted(metrics) if g.startswith(EXPLORE_PREFIX)
        },
    }
    return runs, side, publish.missing_runs(runs, manifests.get("grid", {}))


def _derivations(derived: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """method → run folder → derived summary: the grid's own (its configured method) and every
    ``derive_<method>/`` folder's."""
    out: dict[str, dict[str, Any]] = {}
    for group, summaries in derived.items():
        if group == "grid":
            for key, value in summaries.items():
                record = dict(value() if callable(value) else value)
                out.setdefault(record.get("method", "magnitude"), {})[key] = record
        elif group.startswith("derive/"):
            out.setdefault(group.removeprefix("derive/"), {}).update(summaries)
    return out


def first_audit(audits: Mapping[str, Any]) -> pd.DataFrame | None:
    """The search-space audit of the grid's first run that has one (every run's is the same table)."""
    grid = sorted(key for key in audits if _group(key)[0] == "grid")
    if not grid:
        return None
    value = audits[grid[0]]
    return value() if callable(value) else value


def robustness_section(noise_runs: Mapping[str, Any]) -> str:
    """The grid runs' robustness evaluations (``noise_runs.csv``) as tables, or why there are none."""
    groups = _split(noise_runs)
    grid = groups.get("grid", {})
    elsewhere = sorted(g.removeprefix("derive/") for g in groups if g.startswith("derive/"))
    note = ("\n\nThe robustness outputs of derived circuits chosen by another method ("
            + ", ".join(f"`{m}`" for m in elsewhere) + ") are kept beside that derivation "
            "(`derive_<method>/`) and are not in these tables; derived circuits without robustness "
            "outputs here get them when the robustness pipeline runs again.") if elsewhere else ""
    if not grid:
        return ("No run of this results folder has robustness outputs yet (runs made before the robustness "
                "pipeline get them when the grid resumes).")
    frames = [grid[key]() if callable(grid[key]) else grid[key] for key in sorted(grid)]
    runs = pd.concat(frames, ignore_index=True)
    text = robustness_markdown(robustness_table(runs))
    body = "\n" + text.split("\n", 2)[2]  # without the document title; datasets one level down
    body = body.replace("\n## ", "\n### ").strip()
    if "windows" in runs and runs["windows"].notna().any():  # runs since robustness.test_windows existed
        per_dataset = runs.dropna(subset=["windows"]).groupby("dataset", sort=True)["windows"].max().astype(int)
        body = ("Test windows per run (evenly spaced; `robustness.test_windows`): "
                + ", ".join(f"{d} {n}" for d, n in per_dataset.items()) + ".\n\n" + body)
    return body + note


def grid_rankings(rankings: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    """The grid's DiffQAS runs' ``candidate_ranking.csv`` (run folder → table)."""
    return {key: frame for key, frame in _loaded(_split(rankings).get("grid", {})).items()}


def write_results_document(
    runs: pd.DataFrame, side: Mapping[str, Any], missing: list[str], noise_runs: Mapping[str, Any],
    audits: Mapping[str, Any], rankings: Mapping[str, Any], report_params: Mapping[str, Any],
) -> str:
    """``results_document``: the whole docs/RESULTS.md."""
    settings = ReportConfig.parse(report_params, "report")
    derived = side.get("derived", {})
    long = publish.long_runs(runs)
    truth = side.get("ground_truth", pd.DataFrame())
    extra = [
        ("Ground truth: every candidate trained alone",
         ground_truth.ground_truth_section(truth, long, grid_rankings(rankings),
                                           len(side.get("ground_truth_missing", [])))),
        ("The rerun band: what a difference that means nothing looks like", rerun.rerun_section(side["rerun"])),
        ("The derived circuits: audit, methods, degenerate models",
         derivation.derivation_section(runs, derived, first_audit(audits))),
        ("DiffQAS settings explored", publish.exploration_section(runs, side["explore"], side["explore_settings"])),
        ("Check of the TFQ path", publish.tfq_check_section(runs, side["tfq_check"])),
        ("Robustness: finite shots and gate noise", robustness_section(noise_runs)),
    ]
    return publish.results_document(
        runs, missing, command=COMMAND, test=settings.statistical_test, digits=settings.digits,
        extra_sections=extra,
        extra_reading=[*derivation.derivation_reading(runs, derived), *ground_truth.ground_truth_reading(truth, long)],
    )


def published_tables(runs: pd.DataFrame, report_params: Mapping[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``published_table`` (models × datasets, mean ± std) and ``published_statistics`` (the paired
    comparisons of the document, Holm-corrected per family)."""
    settings = ReportConfig.parse(report_params, "report")
    long = publish.long_runs(runs)
    return report.results_table(long, digits=settings.digits), evidence.paired_comparisons(
        long, settings.statistical_test)


def plot_ground_truth(runs: pd.DataFrame, side: Mapping[str, Any]) -> Figure:
    """``ground_truth_figure``: the uniform circuits sorted per dataset, with the references."""
    return ground_truth.plot_ground_truth(side.get("ground_truth", pd.DataFrame()), publish.long_runs(runs))


def plot_published_results(runs: pd.DataFrame) -> tuple[Figure, Figure]:
    """``published_results_figure`` (Table II as a heat map) and ``against_paper_figure``."""
    return publish.plot_table_heatmap(runs), publish.plot_against_paper(runs)
