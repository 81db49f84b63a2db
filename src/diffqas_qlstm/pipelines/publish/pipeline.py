"""The ``publish`` pipeline: ``kedro run --pipeline=publish`` (``make results``).

Reads only the results folder (``results/paper/`` unless ``--params results_dir=...``): every
finished run's ``metrics.json``, ``manifest.json``, ``derived_summary.json`` and the per-epoch
seconds of its histories, and writes
``docs/RESULTS.md`` with its tables and figures. Nothing is trained; runs still missing from the
grid are listed in the document.
"""

from __future__ import annotations

from typing import Any

from kedro.pipeline import Pipeline, node

from diffqas_qlstm.pipelines.publish.nodes import (
    collect_published_runs,
    plot_ground_truth,
    plot_published_results,
    plot_sampled_searches,
    published_tables,
    write_results_document,
)


def create_pipeline(**kwargs: Any) -> Pipeline:
    tags = ["publish"]
    return Pipeline(
        [
            node(collect_published_runs, ["published_metrics", "published_manifests", "published_derived_summaries",
                                          "published_histories", "published_derived_histories"],
                 ["published_runs", "side_runs", "missing_runs"], name="collect_published_runs", tags=tags),
            node(write_results_document, ["published_runs", "side_runs", "missing_runs", "published_noise_runs",
                                          "published_search_space_audits", "published_candidate_rankings",
                                          "published_tune_summaries", "params:report"],
                 "results_document", name="write_results_document", tags=tags),
            node(published_tables, ["published_runs", "params:report"], ["published_table", "published_statistics"],
                 name="published_tables", tags=tags),
            node(plot_ground_truth, ["published_runs", "side_runs"], "ground_truth_figure",
                 name="plot_ground_truth", tags=tags),
            node(plot_sampled_searches, "published_search_histories", "sampled_searches_figure",
                 name="plot_sampled_searches", tags=tags),
            node(plot_published_results, "published_runs", ["published_results_figure", "against_paper_figure"],
                 name="plot_published_results", tags=tags),
        ]
    )
