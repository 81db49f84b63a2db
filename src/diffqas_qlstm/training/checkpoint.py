"""Per-epoch checkpoints: model and optimizer state plus history, as one atomic ``.npz``."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from diffqas_qlstm.datasets import save_npz_atomic


def fingerprint(config: dict[str, Any], arrays: dict[str, np.ndarray]) -> str:
    """A hash of everything that decides a run's numbers (settings and training data)."""
    digest = hashlib.sha256(json.dumps(config, sort_keys=True, default=str).encode())
    for key in sorted(arrays):
        value = np.ascontiguousarray(arrays[key])
        digest.update(key.encode())
        digest.update(str(value.dtype).encode() + str(value.shape).encode())
        digest.update(value.tobytes())
    return digest.hexdigest()


@dataclass
class Checkpoint:
    """State after ``epoch`` completed epochs."""

    epoch: int
    fingerprint: str
    model_variables: list[np.ndarray]
    optimizer_variables: list[np.ndarray]
    history: dict[str, np.ndarray]

    def save(self, path: Path) -> None:
        """Write atomically: a kill mid-write leaves the previous checkpoint intact."""
        arrays: dict[str, Any] = {
            "epoch": np.array(self.epoch),
            "fingerprint": np.array(self.fingerprint),
            "n_model": np.array(len(self.model_variables)),
            "n_optimizer": np.array(len(self.optimizer_variables)),
        }
        arrays.update({f"model_{i:03d}": v for i, v in enumerate(self.model_variables)})
        arrays.update({f"optimizer_{i:03d}": v for i, v in enumerate(self.optimizer_variables)})
        arrays.update({f"history__{k}": np.asarray(v) for k, v in self.history.items()})
        save_npz_atomic(Path(path), arrays)

    @classmethod
    def load(cls, path: Path) -> Checkpoint:
        with np.load(Path(path), allow_pickle=False) as archive:
            data = {key: archive[key] for key in archive.files}
        return cls(
            epoch=int(data["epoch"]),
            fingerprint=str(data["fingerprint"]),
            model_variables=[data[f"model_{i:03d}"] for i in range(int(data["n_model"]))],
            optimizer_variables=[data[f"optimizer_{i:03d}"] for i in range(int(data["n_optimizer"]))],
            history={k[len("history__"):]: v for k, v in data.items() if k.startswith("history__")},
        )
