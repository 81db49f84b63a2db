"""``tune``: for each study (dataset, model) of the ``tune`` block, ``tune.workers`` nodes that
run its trials against the shared storage (in parallel under a parallel or Dask runner), then
one node that hands back its trials, best values and plots, and a table of all studies.

Example:
    >>> p = tune_pipeline([("bessel", "baseline_1")], workers=2)
    >>> sorted(n.name for n in p.nodes)  # doctest: +NORMALIZE_WHITESPACE
    ['bessel.window', 'tune.bessel.baseline_1.optimize_0', 'tune.bessel.baseline_1.optimize_1',
     'tune.bessel.baseline_1.summarize_study', 'tune.summarize_tuning']
"""

from __future__ import annotations

import functools
from typing import Any

from kedro.pipeline import Pipeline, node, pipeline

from diffqas_qlstm.pipelines.tune.nodes import optimize, summarize_study, summarize_tuning

PLOTS = ("optimization_history_plot", "param_importances_plot", "slice_plot")


def study_pipeline(dataset: str, model: str, workers: int) -> Pipeline:
    """One study's nodes, in the namespace ``tune.<dataset>.<model>``."""
    study = f"{dataset}.{model}"
    tags = ["tune", dataset, model]
    nodes = [
        node(functools.update_wrapper(functools.partial(optimize, study=study, model=model, worker=worker), optimize),
             inputs=["windows", "params:train", "params:tune"], outputs=f"worker_{worker}",
             name=f"optimize_{worker}", tags=tags)
        for worker in range(workers)
    ]
    nodes.append(node(
        functools.update_wrapper(functools.partial(summarize_study, study=study), summarize_study),
        inputs=["params:tune", *(f"worker_{w}" for w in range(workers))],
        outputs=["trials", "best_parameters", *PLOTS, "summary_row"], name="summarize_study", tags=tags))
    return pipeline(nodes, namespace=f"tune.{study}", inputs={"windows": f"windows_{dataset}"},
                    parameters={"params:train", "params:tune"})


def tune_pipeline(studies: list[tuple[str, str]], workers: int) -> Pipeline:
    """Windows of the studies' datasets → each study → the table of all studies."""
    from diffqas_qlstm.pipelines import windowing

    datasets = list(dict.fromkeys(dataset for dataset, _ in studies))
    job = windowing.create_pipeline(datasets=datasets)
    for dataset, model in studies:
        job += study_pipeline(dataset, model, workers)
    job += Pipeline([node(summarize_tuning, inputs=["params:tune", *(f"tune.{d}.{m}.summary_row" for d, m in studies)],
                          outputs="tune_summary", name="summarize_tuning", namespace="tune", tags=["tune"])])
    return job


def create_pipeline(**kwargs: Any) -> Pipeline:
    """The studies of the active environment's ``tune`` block, with the series they need."""
    from diffqas_qlstm.config import TuneConfig, require_known_series
    from diffqas_qlstm.config.environment import load_parameters
    from diffqas_qlstm.pipelines import data_generation

    raw = load_parameters().get("tune")
    if raw is None:
        return Pipeline([])
    tune = TuneConfig.parse(raw, "tune")
    require_known_series(tune.datasets, data_generation.configured_series(), key="tune.datasets")
    studies = [(d, m) for d in tune.datasets for m in tune.models]
    return data_generation.create_pipeline(datasets=tune.datasets) + tune_pipeline(studies, tune.workers)
