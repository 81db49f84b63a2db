"""A study in its SQLite storage: opened (created, or continued where it stopped), refused if it was
started with other settings, and run by one worker until it has ``tune.n_trials`` trials.

Several workers (processes, Dask workers) may run one study at once: they share the storage,
Optuna hands each a trial of its own, and each stops once the study has enough. Every worker
writes a heartbeat; a trial whose process ended (killed, machine restarted) is marked failed once
its heartbeat is :data:`GRACE_SECONDS` old and retried with the same values, and is not counted.

Example:
    >>> import tempfile
    >>> from diffqas_qlstm.config import TuneConfig
    >>> tune = TuneConfig.parse({"datasets": ["d"], "models": ["classical_lstm"], "n_trials": 2,
    ...     "storage": tempfile.mkdtemp() + "/study.db",
    ...     "search": {"training.learning_rate": {"low": 0.001, "high": 0.1}}}, "tune")
    >>> study = open_study(tune, "d.classical_lstm", {"data": "x"})
    >>> run_worker(study, lambda trial: trial.suggest_float("training.learning_rate", 0.001, 0.1), 2)["ran"]
    2
    >>> run_worker(open_study(tune, "d.classical_lstm", {"data": "x"}), lambda trial: 0.0, 2)["ran"]
    0
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import optuna
from optuna.storages import RDBStorage, RetryHeartbeatStaleTrialCallback
from optuna.trial import TrialState

from diffqas_qlstm.config import TrainConfig, TuneConfig
from diffqas_qlstm.tune.objective import ERROR_ATTR

logger = logging.getLogger(__name__)

SETTINGS_ATTR = "settings"
"""The study's user attribute holding the settings it was started with."""
HEARTBEAT_SECONDS = 10
GRACE_SECONDS = 30


class StudySettingsChangedError(ValueError):
    """The stored study was started with other settings; continuing it would mix two searches."""


def storage_url(path: str | os.PathLike[str]) -> str:
    """The SQLAlchemy URL of the SQLite file ``path`` (its folder is created).

    Example:
        >>> storage_url("/tmp/diffqas-example/optuna.db")
        'sqlite:////tmp/diffqas-example/optuna.db'
    """
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


@contextlib.contextmanager
def creation_lock(path: str | os.PathLike[str]) -> Any:
    """Held by one process at a time: an exclusive lock on ``<path>.lock`` beside the storage.

    Example:
        >>> import tempfile
        >>> with creation_lock(tempfile.mkdtemp() + "/study.db"):
        ...     pass
    """
    lock_path = Path(str(Path(path).resolve()) + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a") as lock:  # closing the file releases the lock
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def open_storage(path: str | os.PathLike[str], *, grace_period: int | None = None) -> RDBStorage:
    """The study storage at ``path``: heartbeats on, interrupted trials (no heartbeat for
    ``grace_period`` s, default :data:`GRACE_SECONDS`) retried with their values, and a 60 s wait
    when another process holds the SQLite file."""
    grace = GRACE_SECONDS if grace_period is None else grace_period
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        return RDBStorage(
            storage_url(path), engine_kwargs={"connect_args": {"timeout": 60}},
            heartbeat_interval=min(HEARTBEAT_SECONDS, max(grace // 2, 1)), grace_period=grace,
            heartbeat_stale_trial_callback=RetryHeartbeatStaleTrialCallback(max_retry=3),
        )


def study_settings(study: str, train: TrainConfig, tune: TuneConfig,
                   windows: Mapping[str, np.ndarray] | None = None) -> dict[str, Any]:
    """What a study's trials depend on (not how many there are, nor how many workers run them):
    its name, the search, the training settings outside the grid, the split, and the data."""
    settings: dict[str, Any] = {
        "study": study,
        "search": {name: entry.to_parameters() for name, entry in tune.search_for(study.split(".", 1)[1]).items()},
        "train": {k: v for k, v in train.to_parameters().items() if k not in ("grid", "checkpoint_dir")},
        "seed": tune.seed, "epochs": tune.epochs, "validation_fraction": tune.validation_fraction,
        "sampler": tune.sampler.to_parameters(), "pruner": tune.pruner.to_parameters(),
    }
    settings["train"]["training"] = {k: v for k, v in settings["train"]["training"].items()
                                     if k not in ("progress_bar", "resume", "eval_batch_size")}
    if windows is not None:
        digest = hashlib.sha256()
        for name in ("x_train", "y_train"):
            digest.update(np.ascontiguousarray(np.asarray(windows[name], np.float64)).tobytes())
        settings["data_sha256"] = digest.hexdigest()
    return settings


def make_sampler(tune: TuneConfig, worker: int = 0) -> optuna.samplers.BaseSampler:
    """TPE (or random) seeded with ``tune.sampler.seed + worker`` (workers draw differently)."""
    seed = tune.sampler.seed + worker
    if tune.sampler.name == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    return optuna.samplers.TPESampler(seed=seed, n_startup_trials=tune.sampler.n_startup_trials)


def make_pruner(tune: TuneConfig) -> optuna.pruners.BasePruner:
    if tune.pruner.name == "none":
        return optuna.pruners.NopPruner()
    return optuna.pruners.MedianPruner(n_startup_trials=tune.pruner.n_startup_trials,
                                       n_warmup_steps=tune.pruner.n_warmup_steps)


def open_study(tune: TuneConfig, name: str, settings: Mapping[str, Any], worker: int = 0,
               *, grace_period: int | None = None) -> optuna.Study:
    """Study ``name`` in ``tune.storage``, created with ``settings`` or continued if it has the same.

    Raises:
        StudySettingsChangedError: the stored study has other settings (it names the storage, the
            study and the first setting that differs).
    """
    wanted = json.loads(json.dumps(dict(settings), sort_keys=True, default=str))
    # Workers start together: one at a time creates the storage's tables, the study and its settings
    # (two processes creating a fresh SQLite storage at once race on its tables).
    with creation_lock(tune.storage):
        storage = open_storage(tune.storage, grace_period=grace_period)
        study = optuna.create_study(study_name=name, storage=storage, direction="minimize", load_if_exists=True,
                                    sampler=make_sampler(tune, worker), pruner=make_pruner(tune))
        stored = study.user_attrs.get(SETTINGS_ATTR)
        if stored is None:
            study.set_user_attr(SETTINGS_ATTR, wanted)
    if stored is not None and stored != wanted:
        raise StudySettingsChangedError(
            f"Study {name!r} in {tune.storage} was started with other settings ({_first_difference(stored, wanted)}); "
            f"continuing it would mix two searches. Set tune.storage to another file, or delete the study "
            f"(optuna delete-study --storage {storage_url(tune.storage)} --study-name {name}).")
    return study


def _first_difference(stored: Any, wanted: Any, key: str = "") -> str:
    if isinstance(stored, dict) and isinstance(wanted, dict):
        for name in sorted(set(stored) | set(wanted)):
            if stored.get(name) != wanted.get(name):
                return _first_difference(stored.get(name), wanted.get(name), f"{key}.{name}" if key else name)
    return f"{key}: stored {stored!r}, now {wanted!r}"


def counted(trial: optuna.trial.FrozenTrial) -> bool:
    """Whether a trial counts toward ``tune.n_trials``: it finished, was pruned, or failed by itself."""
    return trial.state in (TrialState.COMPLETE, TrialState.PRUNED) or (
        trial.state == TrialState.FAIL and ERROR_ATTR in trial.user_attrs)


def finished_trials(study: optuna.Study) -> int:
    return sum(counted(t) for t in study.get_trials(deepcopy=False))


def run_worker(study: optuna.Study, objective: Callable[[optuna.Trial], float], n_trials: int,
               *, worker: int = 0) -> dict[str, Any]:
    """Run trials of ``study`` until it holds ``n_trials`` counted ones (other workers' included);
    a failed or pruned trial is recorded and the next one starts. Returns what this worker ran."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.fail_stale_trials(study)
    numbers: list[int] = []  # the trials this worker ran

    def counting(trial: optuna.Trial) -> float:
        numbers.append(trial.number)
        return objective(trial)

    remaining = n_trials - finished_trials(study)
    if remaining <= 0:
        logger.info("study %s: %d trials already, nothing to run", study.study_name, n_trials)
    else:
        logger.info("study %s: worker %d runs up to %d of %d trials", study.study_name, worker, remaining, n_trials)

        def stop_when_enough(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
            if finished_trials(study) >= n_trials:
                study.stop()

        study.optimize(counting, n_trials=remaining, callbacks=[stop_when_enough], catch=(Exception,),
                       gc_after_trial=True)
    mine = [t for t in study.get_trials(deepcopy=False) if t.number in numbers]
    return {"study": study.study_name, "worker": worker, "ran": len(mine),
            "states": {state.name: sum(t.state == state for t in mine) for state in TrialState
                       if any(t.state == state for t in mine)},
            "finished_in_study": finished_trials(study), "n_trials": n_trials}
