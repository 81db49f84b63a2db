"""The ``tune`` pipeline: Optuna studies of ``tune`` (``kedro run --pipeline=tune``)."""

from diffqas_qlstm.pipelines.tune.pipeline import create_pipeline

__all__ = ["create_pipeline"]
