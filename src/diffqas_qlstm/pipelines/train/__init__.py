"""Pipeline ``train``: the main job (data generation → windowing → training of the grid)."""

from diffqas_qlstm.pipelines.train.pipeline import create_pipeline

__all__ = ["create_pipeline"]
