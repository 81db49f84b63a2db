"""Pipeline ``robustness``: the grid's single-circuit models compiled to device gate sets."""

from diffqas_qlstm.pipelines.robustness.pipeline import create_pipeline, robustness_pipeline

__all__ = ["create_pipeline", "robustness_pipeline"]
