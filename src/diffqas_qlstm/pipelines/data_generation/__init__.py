"""Pipeline ``data_generation``: the benchmark series (and a custom CSV) as ``raw_<name>`` tables.

Example:
    >>> from diffqas_qlstm.pipelines.data_generation import create_pipeline
    >>> [n.name for n in create_pipeline(["damped_shm"]).nodes]
    ['generate_damped_shm']
"""

from diffqas_qlstm.pipelines.data_generation.pipeline import create_pipeline, default_datasets

__all__ = ["create_pipeline", "default_datasets"]
