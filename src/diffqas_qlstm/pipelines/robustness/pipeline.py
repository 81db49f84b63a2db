"""The ``robustness`` pipeline: every derived DiffQAS model and hand-designed baseline compiled to
device gate sets and evaluated with finite shots and gate noise (per run, in its namespace), and
tables and a figure over the runs.

Example:
    >>> from diffqas_qlstm.training import RunSpec
    >>> runs = [RunSpec("d", "diffqas_nonshared", 0), RunSpec("d", "baseline_1", 0), RunSpec("d", "constant", 0)]
    >>> p = robustness_pipeline(runs)
    >>> sorted(p.inputs())  # doctest: +NORMALIZE_WHITESPACE
    ['d.baseline_1.seed_0.trained_params', 'd.diffqas_nonshared.seed_0.derived_params', 'd.runs', 'params:derive',
     'params:evaluate', 'params:robustness', 'params:train', 'windows_d']
    >>> sorted(with_run_index(p, runs).inputs())[:2]  # the series' index reads the runs' records
    ['d.baseline_1.seed_0.manifest', 'd.baseline_1.seed_0.metrics']
"""

from __future__ import annotations

import warnings
from typing import Any

from kedro.pipeline import Pipeline, node

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.config.environment import configured_runs
from diffqas_qlstm.pipelines.robustness.nodes import (
    collect_native_gates,
    collect_noise,
    compile_run_circuits,
    evaluate_under_noise,
)
from diffqas_qlstm.pipelines.run_index import datasets_of, index_name, with_run_index
from diffqas_qlstm.pipelines.run_nodes import for_run, is_diffqas, is_single_circuit, per_run


def _robustness_nodes(spec: RunSpec, tags: list[str]) -> list:
    params = "derived_params" if is_diffqas(spec) else "trained_params"
    return [
        node(for_run(compile_run_circuits, spec),
             [params, "windows", "params:train", "params:derive", "params:robustness"],
             ["native_circuits", "native_qasm", "native_summary"], name="compile_native", tags=tags),
        node(for_run(evaluate_under_noise, spec),
             [params, "windows", "params:train", "params:robustness", "params:evaluate"], "noise_runs",
             name="evaluate_under_noise", tags=tags),
    ]


def robustness_pipeline(runs: list[RunSpec]) -> Pipeline:
    """Per run ``<dataset>.<model>.seed_<n>``: compile; then ``native_gates`` over the runs."""
    single = list(filter(is_single_circuit, runs))
    result = per_run(single, _robustness_nodes, stage="robustness",
                     parameters={"params:train", "params:derive", "params:robustness", "params:evaluate"})
    if not single:
        return result
    indexes = [index_name(d) for d in datasets_of(single)]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "One or more dataset names contain '.'", UserWarning)
        collect = node(collect_native_gates, indexes, ["native_gates", "native_gates_md"],
                       name="collect_native_gates", tags=["robustness"])
        noise = node(collect_noise, indexes, ["noise_table", "noise_table_md", "noise_figure"],
                     name="collect_noise", tags=["robustness"])
    return result + Pipeline([collect, noise])


def create_pipeline(**kwargs: Any) -> Pipeline:
    """``robustness`` for the grid of ``train.grid`` (reads what ``train`` and ``derive`` wrote)."""
    runs = configured_runs()
    return with_run_index(robustness_pipeline(runs), runs)
