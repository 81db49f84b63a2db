"""The ``runs`` pipeline: ``train`` without its robustness nodes (``kedro run --pipeline=runs``),
for runs whose noise and native-gate evaluation is not wanted (extra seeds, the ground truth, the
rerun band)."""

from diffqas_qlstm.pipelines.runs.pipeline import create_pipeline

__all__ = ["create_pipeline"]
