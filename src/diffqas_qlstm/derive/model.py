"""The derived model: one chosen circuit per gate, started from the ensemble's θ, re-trained.

This is DARTS' "derive and retrain" (SPEC §6): the derived QLSTM has the four top-ranked
candidates, their θ copied from the trained ensemble, the ensemble's Dense head, and then trains
for ``retrain_epochs`` with the same loop and settings as the ensemble.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from diffqas_qlstm.circuits import Candidate
from diffqas_qlstm.config import ModelConfig, RunSpec, TrainConfig
from diffqas_qlstm.derive.ranking import derived_architecture
from diffqas_qlstm.model import GATE_NAMES, QuantumLSTM, build_model
from diffqas_qlstm.training import fit, mse, predict, seed_everything


def inherited_parameters(
    ensemble_params: Mapping[str, np.ndarray], architecture: Sequence[Candidate]
) -> dict[str, np.ndarray]:
    """Parameters of the derived model taken from the ensemble: θ of the chosen candidates and the head."""
    names = np.asarray(ensemble_params["candidate_names"]).astype(str)
    theta_full = np.asarray(ensemble_params["theta_full"])
    theta = []
    for k, candidate in enumerate(architecture):
        matches = np.flatnonzero(names[k] == candidate.name)
        if not len(matches):
            raise ValueError(f"{candidate.name} is not a candidate of the {GATE_NAMES[k]} gate of this ensemble")
        theta.append(theta_full[k, matches[0]])
    return {
        "theta": np.stack(theta)[:, None].astype(np.float32),
        "arch": np.ones((len(GATE_NAMES), 1), np.float32),
        "head_kernel": np.asarray(ensemble_params["head_kernel"]),
        "head_bias": np.asarray(ensemble_params["head_bias"]),
        "candidate_names": np.array([[c.name] for c in architecture]),
    }


def restore_derived_model(
    derived_params: Mapping[str, np.ndarray], model_name: str, model: ModelConfig, seed: int = 0
) -> QuantumLSTM:
    """The derived model of a stored ``derived_params`` archive, ready to predict."""
    names = np.asarray(derived_params["candidate_names"]).astype(str)
    derived = build_model(model_name, model, seed=seed, architecture=[Candidate.from_name(n) for n in names[:, 0]])
    derived.import_parameters(dict(derived_params))
    return derived


def _digest(arrays: Mapping[str, np.ndarray]) -> str:
    digest = hashlib.sha256()
    for key in sorted(arrays):
        digest.update(key.encode() + np.ascontiguousarray(arrays[key]).tobytes())
    return digest.hexdigest()


def retrain_derived_model(
    spec: RunSpec,
    ensemble_params: Mapping[str, np.ndarray],
    ranking: pd.DataFrame,
    windows: Mapping[str, np.ndarray],
    train: TrainConfig,
    retrain_epochs: int,
) -> tuple[dict[str, np.ndarray], pd.DataFrame, dict[str, Any]]:
    """Derive, initialise from the ensemble and re-train; return (parameters, history, summary).

    Uses the run's seed and ``train.training`` with ``epochs = retrain_epochs``; checkpoints go to
    ``<checkpoint_dir>/<dataset>/<model>/seed_<seed>/derived_checkpoint.npz`` (resumable, and
    discarded automatically when the ensemble it started from changes).
    """
    architecture = derived_architecture(ranking)
    seed_everything(spec.seed)
    model = build_model(spec.model, train.model, seed=spec.seed, architecture=architecture)
    initial = inherited_parameters(ensemble_params, architecture)
    model.import_parameters(initial)
    batch = train.training.eval_batch_size
    x_test, y_test = np.asarray(windows["x_test"]), np.asarray(windows["y_test"])
    test_before = mse(predict(model, x_test, batch), y_test)
    config = train.training.model_copy(update={"epochs": retrain_epochs})
    started = time.time()
    history = fit(
        model,
        windows,
        config,
        run_name=f"{spec.name}.derived",
        checkpoint_path=Path(train.checkpoint_dir) / spec.folder / "derived_checkpoint.npz",
        run_settings={
            "run": f"{spec.name}.derived",
            "model": train.model.model_dump(),
            "architecture": [c.name for c in architecture],
            "initial_parameters": _digest({k: v for k, v in initial.items() if k != "candidate_names"}),
        },
    )
    summary = {
        "run": spec.name,
        "dataset": spec.dataset,
        "model": spec.model,
        "seed": spec.seed,
        "architecture": {gate: c.name for gate, c in zip(GATE_NAMES, architecture, strict=True)},
        "retrain_epochs": retrain_epochs,
        "test_mse_before_retrain": test_before,
        "train_mse": mse(predict(model, np.asarray(windows["x_train"]), batch), windows["y_train"]),
        "test_mse": mse(predict(model, x_test, batch), y_test),
        "n_parameters": int(sum(int(np.prod(v.shape)) for v in model.trainable_variables)),
        "wall_seconds": time.time() - started,
    }
    return model.export_parameters(), history, summary
