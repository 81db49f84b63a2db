"""One run of the experiment grid: (dataset, model, seed) → parameters, history, summary.

The run's identity (:class:`~diffqas_qlstm.config.RunSpec`) and the grid it belongs to
(:class:`~diffqas_qlstm.config.GridConfig`) live in :mod:`diffqas_qlstm.config`."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.config import RunSpec, TrainConfig
from diffqas_qlstm.model import build_model
from diffqas_qlstm.training.loop import fit, mse, predict
from diffqas_qlstm.training.manifest import PAPER_FORM
from diffqas_qlstm.training.seeding import seed_everything

logger = logging.getLogger(__name__)

def execute_run(
    spec: RunSpec,
    windows: Mapping[str, np.ndarray],
    train: TrainConfig,
    *,
    stop_after_epoch: int | None = None,
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any]]:
    """Build, seed and train ``spec``'s model; return (parameters, history, summary).

    The checkpoint lives at ``<checkpoint_dir>/<dataset>/<model>/seed_<seed>/checkpoint.npz``.
    """
    seed_everything(spec.seed)
    model = build_model(spec.model, train.model, train.search_space, spec.seed)
    checkpoint = Path(train.checkpoint_dir) / spec.folder / "checkpoint.npz"
    started = time.time()
    history = fit(
        model,
        windows,
        train.training,
        run_name=spec.name,
        checkpoint_path=checkpoint,
        run_settings={
            "run": spec.name,
            # Settings at the paper's form are left out, like in the manifest's protocol, so a
            # checkpoint written before they existed still resumes.
            "model": {k: v for k, v in train.model.model_dump().items() if not (k in PAPER_FORM and v == PAPER_FORM[k])},
            "candidates": [c.name for c in train.search_space.candidates()],
        },
        stop_after_epoch=stop_after_epoch,
    )
    if len(history):
        # The last epoch already evaluated the final model on the test windows.
        test_mse = float(history["test_mse"].iloc[-1])
    else:
        test_mse = mse(
            predict(model, np.asarray(windows["x_test"]), train.training.eval_batch_size),
            windows["y_test"],
        )
    train_prediction = predict(model, np.asarray(windows["x_train"]), train.training.eval_batch_size)
    summary = {
        "run": spec.name,
        "dataset": spec.dataset,
        "model": spec.model,
        "seed": spec.seed,
        "epochs": int(history["epoch"].iloc[-1]) if len(history) else 0,
        "train_mse": mse(train_prediction, windows["y_train"]),
        "test_mse": test_mse,
        "n_parameters": int(sum(int(np.prod(v.shape)) for v in getattr(model, "trainable_variables", ()))),
        "backend": train.model.backend,
        "wall_seconds": time.time() - started,
    }
    return model.export_parameters(), history, summary
