"""Pipeline ``evaluate``: predictions over the whole series and the metrics of every run.

Example:
    >>> from diffqas_qlstm.training import RunSpec
    >>> p = evaluate_pipeline([RunSpec("damped_shm", "diffqas_nonshared", 0), RunSpec("damped_shm", "constant", 0)])
    >>> sorted(n.name for n in p.nodes)  # doctest: +NORMALIZE_WHITESPACE
    ['damped_shm.constant.seed_0.compute_metrics', 'damped_shm.constant.seed_0.predict_series',
     'damped_shm.diffqas_nonshared.seed_0.compute_metrics', 'damped_shm.diffqas_nonshared.seed_0.predict_series']
"""

from diffqas_qlstm.pipelines.evaluate.pipeline import create_pipeline, evaluate_pipeline

__all__ = ["create_pipeline", "evaluate_pipeline"]
