"""Pipeline ``data_generation``: every named series of ``data_generation.series`` as a ``raw_<name>`` table.

Example:
    >>> from diffqas_qlstm.pipelines.data_generation import create_pipeline
    >>> [n.name for n in create_pipeline(["damped_shm"]).nodes]
    ['damped_shm.generate']
"""

from diffqas_qlstm.pipelines.data_generation.pipeline import configured_series, create_pipeline

__all__ = ["configured_series", "create_pipeline"]
