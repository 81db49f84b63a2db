"""A tiny training run for the interruption test: killed mid-run, started again, it must resume.

Usage::

    python tests/reliability/interruptible_run.py OUT_DIR CHECKPOINT_DIR EPOCHS

Trains ``damped_shm.diffqas_nonshared.seed_3`` (statevector backend, hidden 2, depth 1, four
candidates) on a fixed sine series through :func:`diffqas_qlstm.training.execute_run`, with a
checkpoint after every epoch under CHECKPOINT_DIR, then writes ``params.npz``, ``history.csv``
and ``summary.json`` to OUT_DIR. Log lines (epochs, "resuming after epoch N") go to stderr.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import diffqas_qlstm  # noqa: F401  (Keras 2 before TensorFlow)
import numpy as np

from diffqas_qlstm.config import TrainConfig
from diffqas_qlstm.training import RunSpec, execute_run

SPEC = RunSpec("damped_shm", "diffqas_nonshared", 3)
WINDOW = 3


def windows(n_train: int = 150, n_test: int = 12) -> dict[str, np.ndarray]:
    """Windows of a sine: ``n_train`` training and ``n_test`` test windows of length 3."""
    s = np.sin(np.linspace(0, 8 * np.pi, n_train + n_test + WINDOW))
    x = np.stack([s[i : i + WINDOW] for i in range(n_train + n_test)])
    y = s[WINDOW:]
    return {"x_train": x[:n_train], "y_train": y[:n_train], "x_test": x[n_train:], "y_test": y[n_train:]}


def train_params(checkpoint_dir: str, epochs: int) -> TrainConfig:
    return TrainConfig.parse({
        "grid": {"datasets": [SPEC.dataset], "models": [SPEC.model], "seeds": [SPEC.seed]},
        "model": {"hidden_size": 2, "depth": 1, "backend": "statevector"},
        "search_space": {"hadamard": [True, False], "encoding": ["ry"], "entangler": ["brick"],
                         "variational": ["ry", "rz"]},
        "training": {"epochs": epochs, "batch_size": 10, "progress_bar": False},
        "checkpoint_dir": checkpoint_dir,
    }, "train")


def main(out_dir: str, checkpoint_dir: str, epochs: str) -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    parameters, history, summary = execute_run(SPEC, windows(), train_params(checkpoint_dir, int(epochs)))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / "params.npz", **parameters)
    history.to_csv(out / "history.csv", index=False, float_format="%.17g")
    (out / "summary.json").write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main(*sys.argv[1:])
