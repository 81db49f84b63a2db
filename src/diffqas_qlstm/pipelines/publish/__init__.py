"""The ``publish`` pipeline: docs/RESULTS.md and its tables and figures from the results folder alone."""

from diffqas_qlstm.pipelines.publish.pipeline import create_pipeline

__all__ = ["create_pipeline"]
