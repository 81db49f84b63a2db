"""Pipeline ``derive``: audit the search space, rank candidates, choose and re-train the
single-circuit model, export circuits.

Example:
    >>> from diffqas_qlstm.training import RunSpec
    >>> p = derive_pipeline([RunSpec("damped_shm", "diffqas_nonshared", 0), RunSpec("damped_shm", "constant", 0)])
    >>> sorted(n.name for n in p.nodes)  # doctest: +NORMALIZE_WHITESPACE
    ['damped_shm.diffqas_nonshared.seed_0.audit_search_space',
     'damped_shm.diffqas_nonshared.seed_0.export_derived_circuits',
     'damped_shm.diffqas_nonshared.seed_0.rank_candidates',
     'damped_shm.diffqas_nonshared.seed_0.retrain_derived_model']
"""

from diffqas_qlstm.pipelines.derive.pipeline import create_pipeline, derive_pipeline

__all__ = ["create_pipeline", "derive_pipeline"]
