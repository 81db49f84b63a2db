"""``runs``: the grid's job of :mod:`diffqas_qlstm.pipelines.train` without robustness."""

from __future__ import annotations

from typing import Any

from kedro.pipeline import Pipeline

from diffqas_qlstm.pipelines.train.pipeline import grid_pipeline


def create_pipeline(**kwargs: Any) -> Pipeline:
    """data → windows → training → derive → evaluate → report, for the grid (no robustness)."""
    return grid_pipeline(robustness=False)
