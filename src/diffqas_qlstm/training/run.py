"""One run of the experiment grid: (dataset, model, seed) → parameters, history, summary."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.model import MODEL_NAMES, build_model, validate_model_parameters
from diffqas_qlstm.training.loop import TrainingConfig, fit, mse, predict
from diffqas_qlstm.training.manifest import PAPER_FORM
from diffqas_qlstm.training.seeding import seed_everything
from diffqas_qlstm.validation import ParameterError, require_choice, require_int

logger = logging.getLogger(__name__)

GRID_KEYS = ("datasets", "models", "seeds")
TRAIN_KEYS = ("grid", "model", "search_space", "training", "checkpoint_dir")


@dataclass(frozen=True)
class RunSpec:
    """Identifies a run; ``name`` is its Kedro namespace, ``folder`` its data sub-folder.

    Example:
        >>> RunSpec("damped_shm", "baseline_1", 0).name
        'damped_shm.baseline_1.seed_0'
    """

    dataset: str
    model: str
    seed: int

    @property
    def name(self) -> str:
        return f"{self.dataset}.{self.model}.seed_{self.seed}"

    @property
    def folder(self) -> str:
        return f"{self.dataset}/{self.model}/seed_{self.seed}"


def _as_list(value: Any, field: str) -> Any:
    """A command-line value as a list: ``narma5`` -> ``[narma5]``, ``"0;1"`` -> ``[0, 1]``.

    Kedro splits ``--params`` on commas, so several values are joined by ``;`` there.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return [value]
    if isinstance(value, str):
        parts = [part.strip() for part in value.split(";")]
        if field == "seeds":
            return [int(part) if part.lstrip("-").isdigit() else part for part in parts]
        return parts
    return value


def grid_runs(grid: Mapping[str, Any], key: str = "train.grid") -> list[RunSpec]:
    """Every (dataset, model, seed) of ``train.grid``, validated.

    Example:
        >>> [r.name for r in grid_runs({"datasets": "narma5", "models": "constant;persistence", "seeds": 1})]
        ['narma5.constant.seed_1', 'narma5.persistence.seed_1']
    """
    from diffqas_qlstm.series.kinds import NAME_PATTERN

    if not isinstance(grid, Mapping):
        raise ParameterError(key, grid, "a mapping with keys datasets, models, seeds")
    for name in grid:
        if name not in GRID_KEYS:
            raise ParameterError(f"{key}.{name}", grid[name], "one of the keys " + ", ".join(GRID_KEYS))
    runs = []
    grid = {field: _as_list(grid.get(field), field) for field in GRID_KEYS}
    for field in ("datasets", "models", "seeds"):
        value = grid.get(field)
        if not isinstance(value, list) or not value:
            raise ParameterError(
                f"{key}.{field}", value, "a non-empty list (from the command line: one value, or several joined by ';')"
            )
    for dataset in grid["datasets"]:
        if not isinstance(dataset, str) or not NAME_PATTERN.match(dataset):
            raise ParameterError(f"{key}.datasets", dataset, "names of series in data_generation.series")
    for model in grid["models"]:
        require_choice(model, f"{key}.models", MODEL_NAMES)
    for seed in grid["seeds"]:
        require_int(seed, f"{key}.seeds", 0, 2**31 - 1)
    for field in GRID_KEYS:
        if len(set(grid[field])) != len(grid[field]):
            raise ParameterError(f"{key}.{field}", grid[field], "a list without repeated entries")
    for dataset in grid["datasets"]:
        for model in grid["models"]:
            for seed in grid["seeds"]:
                runs.append(RunSpec(dataset, model, seed))
    return runs


def validate_train_parameters(params: Mapping[str, Any]) -> dict[str, Any]:
    """Check the whole ``train`` block before any work starts."""
    if not isinstance(params, Mapping):
        raise ParameterError("train", params, "a mapping with keys " + ", ".join(TRAIN_KEYS))
    for name in params:
        if name not in TRAIN_KEYS:
            raise ParameterError(f"train.{name}", params[name], "one of the keys " + ", ".join(TRAIN_KEYS))
    checkpoint_dir = params.get("checkpoint_dir", "data/06_models/checkpoints")
    if not isinstance(checkpoint_dir, str) or not checkpoint_dir.strip():
        raise ParameterError("train.checkpoint_dir", checkpoint_dir, "a folder path (a non-empty string)")
    return {
        "runs": grid_runs(params.get("grid")),
        "model": validate_model_parameters(params.get("model", {})),
        "search_space": SearchSpace.from_parameters(params.get("search_space", {})),
        "training": TrainingConfig.from_parameters(params.get("training", {})),
        "checkpoint_dir": checkpoint_dir,
    }


def execute_run(
    spec: RunSpec,
    windows: Mapping[str, np.ndarray],
    train_params: Mapping[str, Any],
    *,
    stop_after_epoch: int | None = None,
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any]]:
    """Build, seed and train ``spec``'s model; return (parameters, history, summary).

    The checkpoint lives at ``<checkpoint_dir>/<dataset>/<model>/seed_<seed>/checkpoint.npz``.
    """
    checked = validate_train_parameters(train_params)
    seed_everything(spec.seed)
    model = build_model(spec.model, checked["model"], checked["search_space"], spec.seed)
    checkpoint = Path(checked["checkpoint_dir"]) / spec.folder / "checkpoint.npz"
    started = time.time()
    history = fit(
        model,
        windows,
        checked["training"],
        run_name=spec.name,
        checkpoint_path=checkpoint,
        run_settings={
            "run": spec.name,
            # Settings at the paper's form are left out, like in the manifest's protocol, so a
            # checkpoint written before they existed still resumes.
            "model": {k: v for k, v in checked["model"].items() if not (k in PAPER_FORM and v == PAPER_FORM[k])},
            "candidates": [c.name for c in checked["search_space"].candidates()],
        },
        stop_after_epoch=stop_after_epoch,
    )
    if len(history):
        # The last epoch already evaluated the final model on the test windows.
        test_mse = float(history["test_mse"].iloc[-1])
    else:
        test_mse = mse(
            predict(model, np.asarray(windows["x_test"]), checked["training"].eval_batch_size),
            windows["y_test"],
        )
    train_prediction = predict(model, np.asarray(windows["x_train"]), checked["training"].eval_batch_size)
    summary = {
        "run": spec.name,
        "dataset": spec.dataset,
        "model": spec.model,
        "seed": spec.seed,
        "epochs": int(history["epoch"].iloc[-1]) if len(history) else 0,
        "train_mse": mse(train_prediction, windows["y_train"]),
        "test_mse": test_mse,
        "n_parameters": int(sum(int(np.prod(v.shape)) for v in getattr(model, "trainable_variables", ()))),
        "backend": checked["model"]["backend"],
        "wall_seconds": time.time() - started,
    }
    return model.export_parameters(), history, summary
