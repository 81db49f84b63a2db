"""The ``derive`` pipeline: three namespaced nodes per DiffQAS run of the grid."""

from __future__ import annotations

from typing import Any

from kedro.pipeline import Pipeline, node

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.config.environment import configured_runs
from diffqas_qlstm.pipelines.derive.nodes import (
    audit_run_search_space,
    export_derived_circuits,
    rank_run_candidates,
    retrain_derived,
)
from diffqas_qlstm.pipelines.run_nodes import for_run, is_diffqas, per_run


def _derive_nodes(spec: RunSpec, tags: list[str]) -> list:
    choose = [*tags, "derive_choice"]  # --tags=derive_choice: the derivation without the export
    return [
        node(audit_run_search_space, "params:train", "search_space_audit",
             name="audit_search_space", tags=choose),
        node(for_run(rank_run_candidates, spec),
             ["trained_params", "windows", "search_space_audit", "params:train", "params:derive"],
             "candidate_ranking", name="rank_candidates", tags=choose),
        node(
            for_run(retrain_derived, spec),
            ["trained_params", "candidate_ranking", "windows", "search_space_audit", "params:train", "params:derive"],
            ["derived_params", "derived_history", "derived_summary"],
            name="retrain_derived_model",
            tags=choose,
        ),
        node(
            export_derived_circuits,
            ["derived_params", "windows", "params:train", "params:derive"],
            ["derived_circuits", "derived_circuit_diagrams", "derived_circuits_qasm"],
            name="export_derived_circuits",
            tags=tags,
        ),
    ]


def derive_pipeline(runs: list[RunSpec]) -> Pipeline:
    """Per DiffQAS run ``<dataset>.<model>.seed_<seed>``: audit the space → rank → choose and retrain the derived model → export circuits."""
    return per_run(runs, _derive_nodes, stage="derive", parameters={"params:train", "params:derive"}, where=is_diffqas)


def create_pipeline(**kwargs: Any) -> Pipeline:
    """``derive`` for the DiffQAS runs of ``train.grid`` (reads what ``train`` wrote)."""
    return derive_pipeline(configured_runs())
