"""Project pipelines."""

from __future__ import annotations

from kedro.framework.project import find_pipelines
from kedro.pipeline import Pipeline


def register_pipelines() -> dict[str, Pipeline]:
    """Register the project's pipelines (one sub-package of ``pipelines/`` each)."""
    pipelines = find_pipelines(raise_errors=True)
    # With `--pipeline=X` Kedro 1.7 loads only X, so `train` may be absent here.
    if "train" in pipelines:
        pipelines["__default__"] = pipelines["train"]
    return pipelines
