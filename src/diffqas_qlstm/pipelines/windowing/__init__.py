"""Pipeline ``windowing``: scaled sliding windows and the chronological split, ``windows_<name>``.

Example:
    >>> from diffqas_qlstm.pipelines.windowing import create_pipeline
    >>> [n.name for n in create_pipeline(["bessel"]).nodes]
    ['bessel.window']
"""

from diffqas_qlstm.pipelines.windowing.pipeline import create_pipeline

__all__ = ["create_pipeline"]
