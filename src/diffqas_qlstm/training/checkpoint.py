"""Per-epoch checkpoints: model and optimizer state plus history, as one atomic ``.npz``."""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from diffqas_qlstm.datasets import save_npz_atomic

logger = logging.getLogger(__name__)


class CorruptCheckpointError(RuntimeError):
    """A checkpoint file that cannot be read (truncated, random bytes, empty, not this format)."""


class RunLockedError(RuntimeError):
    """Another live process is training the same run (it holds the run's checkpoint lock)."""


@contextmanager
def run_lock(checkpoint: Path, run_name: str = "run") -> Iterator[None]:
    """Hold ``<checkpoint>.lock`` (an OS lock, released when the process ends, even by kill -9;
    the file is removed when the run ends normally) while a run trains; a second process training the same run stops at once with
    :class:`RunLockedError` naming the run, the lock and the holder's pid.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "checkpoint.npz"
        >>> with run_lock(path, "r"):
        ...     path.with_name("checkpoint.npz.lock").exists()
        True
    """
    lock = Path(checkpoint).with_name(Path(checkpoint).name + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 512, 0).decode(errors="replace").strip() or "? ?"
            os.close(fd)
            pid, _, holder_run = holder.partition(" ")
            raise RunLockedError(
                f"Run {run_name} is being trained by another process (pid {pid}, {holder_run or '?'}; lock {lock}). "
                "Wait for it to finish, or run other runs (--namespaces); --only-missing-outputs then skips "
                "what it finished") from None
        try:  # the holder before us may have removed the file after we opened it: lock the live one
            if os.fstat(fd).st_ino == os.stat(lock).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {run_name}".encode(), 0)
        yield
    finally:
        lock.unlink(missing_ok=True)  # removed while still held, so no one locks a stale file
        os.close(fd)


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
        """Read a checkpoint; :class:`CorruptCheckpointError` (naming the path) if it cannot be read."""
        try:
            with np.load(Path(path), allow_pickle=False) as archive:
                data = {key: archive[key] for key in archive.files}
            return cls(
                epoch=int(data["epoch"]),
                fingerprint=str(data["fingerprint"]),
                model_variables=[data[f"model_{i:03d}"] for i in range(int(data["n_model"]))],
                optimizer_variables=[data[f"optimizer_{i:03d}"] for i in range(int(data["n_optimizer"]))],
                history={k[len("history__"):]: v for k, v in data.items() if k.startswith("history__")},
            )
        except (zipfile.BadZipFile, ValueError, KeyError, OSError, EOFError, TypeError) as error:
            raise CorruptCheckpointError(f"Checkpoint {path} cannot be read ({type(error).__name__}: {error})") from error


def set_aside(path: Path, reason: str) -> Path:
    """Rename an unreadable checkpoint to ``<name>.corrupt-<UTC time>`` (kept for a look, never
    loaded again) and warn naming both paths; return the new path.

    Example:
        >>> import tempfile
        >>> bad = Path(tempfile.mkdtemp()) / "checkpoint.npz"
        >>> _ = bad.write_bytes(b"not a zip")
        >>> moved = set_aside(bad, "unreadable")
        >>> bad.exists(), moved.name.startswith("checkpoint.npz.corrupt-")
        (False, True)
    """
    path = Path(path)
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}")
    n = 1
    while target.exists():
        target = target.with_name(f"{target.name.split('~')[0]}~{n}")
        n += 1
    path.rename(target)
    logger.warning("%s; set aside as %s, the run starts afresh", reason, target)
    return target
