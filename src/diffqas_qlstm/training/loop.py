"""The training loop of SPEC §5: RMSprop, batches in order, per-epoch history and checkpoints."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import tensorflow as tf
from tqdm.auto import tqdm

from diffqas_qlstm.config import TrainingConfig
from diffqas_qlstm.model import GATE_NAMES, NaivePredictor, QuantumLSTM
from diffqas_qlstm.training.checkpoint import (
    Checkpoint,
    CorruptCheckpointError,
    fingerprint,
    run_lock,
    set_aside,
)

logger = logging.getLogger(__name__)


class TrainingDivergedError(RuntimeError):
    """The loss became NaN or infinite; the last good checkpoint is kept."""


def predict(model: Any, x: np.ndarray, batch_size: int = 512) -> np.ndarray:
    """Predictions of ``model`` for windows ``x`` [n, L], evaluated in batches, as float64."""
    if isinstance(model, NaivePredictor):
        return model(x)
    outputs = [
        model(tf.constant(x[start : start + batch_size], tf.float32)).numpy()
        for start in range(0, len(x), batch_size)
    ]
    return np.concatenate(outputs).astype(np.float64) if outputs else np.zeros(0)


def mse(prediction: np.ndarray, target: np.ndarray) -> float:
    return float(np.mean((np.asarray(prediction, np.float64) - np.asarray(target, np.float64)) ** 2))


def learning_rate(config: TrainingConfig, steps_per_epoch: int = 1) -> float | tf.keras.optimizers.schedules.LearningRateSchedule:
    """``config.learning_rate``, or with ``lr_schedule: cosine`` a cosine from it to 0 over
    ``epochs · steps_per_epoch`` optimizer steps (DARTS' re-training schedule).

    Example:
        >>> schedule = learning_rate(TrainingConfig(epochs=2, lr_schedule="cosine"), steps_per_epoch=5)
        >>> [round(float(schedule(step)), 4) for step in (0, 5, 10)], learning_rate(TrainingConfig())
        ([0.01, 0.005, 0.0], 0.01)
    """
    if config.lr_schedule == "cosine":
        return tf.keras.optimizers.schedules.CosineDecay(
            config.learning_rate, decay_steps=max(1, config.epochs * steps_per_epoch))
    return config.learning_rate


def make_optimizer(config: TrainingConfig, steps_per_epoch: int = 1) -> tf.keras.optimizers.Optimizer:
    """RMSprop with the paper's settings (lr 0.01, rho 0.99, eps 1e-8 by default) and the
    :func:`learning_rate` of ``config`` (a schedule reads the optimizer's step count, which a
    checkpoint keeps, so a resumed run goes on where it stopped)."""
    return tf.keras.optimizers.RMSprop(
        learning_rate=learning_rate(config, steps_per_epoch), rho=config.rho, epsilon=config.epsilon)


def settings_fingerprint(config: TrainingConfig) -> dict[str, Any]:
    """The training settings a checkpoint must match to be resumed: all but how the run is shown
    and resumed, and ``lr_schedule`` at the paper's constant (so checkpoints written before the
    setting existed still resume)."""
    settings = config.model_dump() | {"progress_bar": None, "resume": None}
    if settings["lr_schedule"] == "constant":
        del settings["lr_schedule"]
    return settings


def make_train_step(model: Any, optimizer: tf.keras.optimizers.Optimizer, window: int):
    """A compiled step: MSE loss of one batch, gradients, one optimizer update; returns the loss.

    The input signature leaves the batch size free, so the shorter last batch does not retrace.
    A sampling search may differentiate more than the MSE (``model.search_objective``, e.g. a
    score-function term whose value is 0), and that term may compare each window with a reference
    computed before the step (``model.reference_errors(x, y)`` where ``model.needs_reference_errors``,
    e.g. the window's error under the argmax architecture): its own compiled call, run to the end
    before the step starts. (Inside the step, as a second chain of ops beside the training forward
    pass, it made a resumed run part from an uninterrupted one at two inter-op threads.)
    """
    variables = model.trainable_variables
    optimizer.build(variables)
    search_objective = getattr(model, "search_objective", None)
    reference_errors = model.reference_errors if getattr(model, "needs_reference_errors", False) else None
    batch_spec = [tf.TensorSpec([None, window], tf.float32), tf.TensorSpec([None], tf.float32)]

    @tf.function(input_signature=[*batch_spec, tf.TensorSpec([None], tf.float32)])
    def compiled_step(x: tf.Tensor, y: tf.Tensor, reference: tf.Tensor) -> tf.Tensor:
        with tf.GradientTape() as tape:
            errors = tf.square(model(x, training=True) - y)
            loss = tf.reduce_mean(errors)
            objective = search_objective(errors, reference) if search_objective is not None else loss
        grads = tape.gradient(objective, variables)
        optimizer.apply_gradients(zip(grads, variables))
        return loss

    compiled_reference = (tf.function(reference_errors, input_signature=batch_spec)
                          if reference_errors is not None else None)
    nothing = tf.zeros([0], tf.float32)

    def train_step(x: tf.Tensor, y: tf.Tensor) -> tf.Tensor:
        reference = compiled_reference(x, y) if compiled_reference is not None else nothing
        return compiled_step(x, y, reference)

    return train_step


def _arch_columns(model: Any) -> list[str]:
    if isinstance(model, QuantumLSTM) and model.arch is not None:
        n = model.n_candidates
        return [f"a_{gate}_{j:02d}" for gate in GATE_NAMES for j in range(n)]
    return []


def fit(
    model: Any,
    windows: Mapping[str, np.ndarray],
    config: TrainingConfig,
    *,
    run_name: str = "run",
    checkpoint_path: str | Path | None = None,
    run_settings: Mapping[str, Any] | None = None,
    stop_after_epoch: int | None = None,
    on_epoch_end: Callable[[int, Mapping[str, float]], None] | None = None,
) -> pd.DataFrame:
    """Train ``model`` on ``windows`` and return the per-epoch history.

    History columns: ``epoch``, ``train_mse`` (mean loss over the epoch's batches, per sample),
    ``test_mse`` (after the epoch), ``seconds`` and, for ensembles, the mixing weights
    ``a_<gate>_<jj>``. With ``checkpoint_path`` a checkpoint is written atomically after every
    epoch; a later call with the same settings and data resumes from it and ends with exactly
    the numbers of an uninterrupted run; an unreadable checkpoint is set aside (renamed
    ``<name>.corrupt-<time>``, with a warning) and the run starts afresh; while it trains, the run
    holds ``<checkpoint>.lock``, so a second process training the same run stops at once
    (:class:`~diffqas_qlstm.training.checkpoint.RunLockedError`). ``stop_after_epoch`` ends early
    (to test resumption). ``on_epoch_end(epoch, row)`` is called after each epoch (and its
    checkpoint) with that epoch's history row; what it raises ends the run there (e.g. a tuning
    trial pruned on its per-epoch validation MSE).

    Example:
        >>> from diffqas_qlstm.model import ClassicalLSTM
        >>> w = {"x_train": np.zeros((4, 3)), "y_train": np.zeros(4),
        ...      "x_test": np.zeros((2, 3)), "y_test": np.zeros(2)}
        >>> h = fit(ClassicalLSTM(2), w, TrainingConfig(epochs=1, progress_bar=False))
        >>> list(h.columns[:3])
        ['epoch', 'train_mse', 'test_mse']
    """
    if checkpoint_path is None:
        return _fit(model, windows, config, run_name=run_name, checkpoint_path=None, run_settings=run_settings,
                    stop_after_epoch=stop_after_epoch, on_epoch_end=on_epoch_end)
    with run_lock(Path(checkpoint_path), run_name):
        return _fit(model, windows, config, run_name=run_name, checkpoint_path=checkpoint_path,
                    run_settings=run_settings, stop_after_epoch=stop_after_epoch, on_epoch_end=on_epoch_end)


def _fit(
    model: Any,
    windows: Mapping[str, np.ndarray],
    config: TrainingConfig,
    *,
    run_name: str,
    checkpoint_path: str | Path | None,
    run_settings: Mapping[str, Any] | None,
    stop_after_epoch: int | None,
    on_epoch_end: Callable[[int, Mapping[str, float]], None] | None = None,
) -> pd.DataFrame:
    x_train = np.asarray(windows["x_train"], np.float32)
    y_train = np.asarray(windows["y_train"], np.float32)
    x_test = np.asarray(windows["x_test"], np.float32)
    y_test = np.asarray(windows["y_test"], np.float32)

    if isinstance(model, NaivePredictor):
        model.fit(x_train, y_train)
        row = {
            "epoch": 0,
            "train_mse": mse(model(x_train), y_train),
            "test_mse": mse(model(x_test), y_test),
            "seconds": 0.0,
        }
        logger.info("%s | naive predictor: train_mse=%.3e test_mse=%.3e", run_name, row["train_mse"], row["test_mse"])
        return pd.DataFrame([row])

    n_train = len(x_train)
    batches = [(s, min(s + config.batch_size, n_train)) for s in range(0, n_train, config.batch_size)]
    optimizer = make_optimizer(config, steps_per_epoch=len(batches))
    train_step = make_train_step(model, optimizer, window=x_train.shape[1])

    arch_columns = _arch_columns(model)
    history: dict[str, list[float]] = {c: [] for c in ["epoch", "train_mse", "test_mse", "seconds", *arch_columns]}
    start_epoch = 0
    path = Path(checkpoint_path) if checkpoint_path is not None else None
    run_fingerprint = fingerprint(
        {"settings": dict(run_settings or {}), "training": settings_fingerprint(config)},
        {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test},
    )
    checkpoint = None
    if path is not None and config.resume and path.is_file():
        try:
            checkpoint = Checkpoint.load(path)
        except CorruptCheckpointError as error:
            set_aside(path, f"{run_name} | {error}")
    if checkpoint is not None:
        shapes = [tuple(v.shape) for v in model.weights]
        if checkpoint.fingerprint != run_fingerprint:
            logger.warning("%s | checkpoint %s is from other settings or data; starting afresh", run_name, path)
        elif [tuple(np.shape(v)) for v in checkpoint.model_variables] != shapes:
            logger.warning("%s | checkpoint %s holds another model's variables; starting afresh", run_name, path)
        else:
            for variable, value in zip(model.weights, checkpoint.model_variables, strict=True):
                variable.assign(value)
            for variable, value in zip(optimizer.variables, checkpoint.optimizer_variables, strict=True):
                variable.assign(value)
            history = {c: list(checkpoint.history[c]) for c in history}
            start_epoch = checkpoint.epoch
            logger.info("%s | resuming after epoch %d from %s", run_name, start_epoch, path)

    last_epoch = config.epochs if stop_after_epoch is None else min(config.epochs, stop_after_epoch)
    on_epoch_begin = getattr(model, "on_epoch_begin", None)  # e.g. the Gumbel search's temperature
    for epoch in range(start_epoch + 1, last_epoch + 1):
        started = time.perf_counter()
        if on_epoch_begin is not None:
            on_epoch_begin(epoch, config.epochs)
        total = 0.0
        progress = tqdm(
            batches,
            desc=f"{run_name} epoch {epoch}/{config.epochs}",
            leave=False,
            disable=not config.progress_bar or None,
        )
        for start, stop in progress:
            loss = float(train_step(tf.constant(x_train[start:stop]), tf.constant(y_train[start:stop])))
            if not math.isfinite(loss):
                if path is None:
                    kept = "no checkpoint was configured"
                elif epoch > 1:
                    kept = f"the last good checkpoint (epoch {epoch - 1}) is kept at {path}"
                elif path.is_file():
                    kept = f"the checkpoint already at {path} (not resumed: other settings or data, or resume off) is left untouched"
                else:
                    kept = "no epoch had completed, so there is no checkpoint"
                raise TrainingDivergedError(
                    f"Run {run_name} diverged at epoch {epoch}, batch starting at window {start}: "
                    f"loss = {loss}. Lower train.training.learning_rate or check the data; {kept}."
                )
            total += loss * (stop - start)
        train_mse = total / n_train
        test_mse = mse(predict(model, x_test, config.eval_batch_size), y_test)
        seconds = time.perf_counter() - started
        history["epoch"].append(epoch)
        history["train_mse"].append(train_mse)
        history["test_mse"].append(test_mse)
        history["seconds"].append(seconds)
        if arch_columns:
            for column, value in zip(arch_columns, model.architecture_weights().ravel(), strict=True):
                history[column].append(float(value))
        logger.info(
            "%s | epoch %d/%d train_mse=%.4e test_mse=%.4e (%.1f s)",
            run_name, epoch, config.epochs, train_mse, test_mse, seconds,
        )
        if path is not None:
            Checkpoint(
                epoch=epoch,
                fingerprint=run_fingerprint,
                model_variables=[v.numpy() for v in model.weights],
                optimizer_variables=[v.numpy() for v in optimizer.variables],
                history={k: np.asarray(v) for k, v in history.items()},
            ).save(path)
        if on_epoch_end is not None:
            on_epoch_end(epoch, {column: values[-1] for column, values in history.items()})
    return pd.DataFrame(history)
