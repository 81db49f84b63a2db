"""One Optuna trial: draw the ``tune.search`` values, train on the first part of the training
windows, report the validation MSE after every epoch (the pruner may stop the trial there), and
return the last epoch's validation MSE.

The trial's progress goes to a :class:`TrialReporter` passed in (MLflow's lives in
:mod:`diffqas_qlstm.tracking.trials`; :class:`NoReport` does nothing).

Example:
    >>> import optuna
    >>> from diffqas_qlstm.config import TrainConfig, TuneConfig
    >>> train = TrainConfig.parse({"grid": {"datasets": "d", "models": "classical_lstm", "seeds": 0},
    ...     "training": {"epochs": 2, "progress_bar": False}}, "train")
    >>> tune = TuneConfig.parse({"datasets": ["d"], "models": ["classical_lstm"],
    ...     "search": {"training.learning_rate": {"low": 0.001, "high": 0.1, "log": True}}}, "tune")
    >>> windows = {"x_train": np.linspace(0, 1, 40).reshape(10, 4), "y_train": np.linspace(0, 1, 10)}
    >>> study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    >>> study.optimize(Objective("d.classical_lstm", "classical_lstm", windows, train, tune), n_trials=1)
    >>> study.trials[0].state.name, sorted(study.trials[0].intermediate_values)
    ('COMPLETE', [1, 2])
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from typing import Any, Protocol

import numpy as np
import optuna

from diffqas_qlstm.config import SearchRange, TrainConfig, TuneConfig, trial_train
from diffqas_qlstm.model import build_model
from diffqas_qlstm.training import TrainingDivergedError, fit, seed_everything, validation_split

logger = logging.getLogger(__name__)

ERROR_ATTR = "error"
"""User attribute of a trial that failed by itself (diverged, bad drawn value): such a trial counts
toward ``tune.n_trials``; one that was interrupted (its process ended) does not and is retried."""


class TrialReporter(Protocol):
    """Where a trial's progress goes besides the study (e.g. a nested MLflow run)."""

    def start(self, number: int, params: Mapping[str, Any]) -> None: ...

    def epoch(self, epoch: int, validation_mse: float) -> None: ...

    def finish(self, state: str, value: float | None) -> None: ...


class NoReport:
    """A :class:`TrialReporter` that records nothing."""

    def start(self, number: int, params: Mapping[str, Any]) -> None:
        pass

    def epoch(self, epoch: int, validation_mse: float) -> None:
        pass

    def finish(self, state: str, value: float | None) -> None:
        pass


def suggest(trial: optuna.Trial, name: str, entry: SearchRange) -> Any:
    """Draw ``name`` from its range (log-uniform with ``log``, on a grid with ``step``)."""
    if entry.kind == "categorical":
        return trial.suggest_categorical(name, entry.choices)
    if entry.kind == "int":
        return trial.suggest_int(name, entry.low, entry.high, step=int(entry.step or 1), log=entry.log)
    return trial.suggest_float(name, float(entry.low), float(entry.high), step=entry.step, log=entry.log)


class Objective:
    """The validation MSE of ``model`` on ``windows`` with a trial's values in ``train``.

    The model is seeded with ``tune.seed`` in every trial (trials differ by their values only);
    it trains for ``tune.epochs`` (default ``train.training.epochs``) on the first
    ``1 − tune.validation_fraction`` of the training windows.
    """

    def __init__(self, study: str, model: str, windows: Mapping[str, np.ndarray], train: TrainConfig,
                 tune: TuneConfig, reporter_for: Any = None) -> None:
        self.study, self.model, self.train, self.tune = study, model, train, tune
        self.windows = validation_split(windows, tune.validation_fraction)
        self.search = tune.search_for(model)
        self.reporter_for = reporter_for or (lambda number: NoReport())

    def __call__(self, trial: optuna.Trial) -> float:
        values = {name: suggest(trial, name, entry) for name, entry in self.search.items()}
        reporter: TrialReporter = self.reporter_for(trial.number)
        reporter.start(trial.number, values)
        try:
            value = self._train(trial, values, reporter)
        except optuna.TrialPruned:
            reporter.finish("PRUNED", None)
            raise
        except Exception as error:
            trial.set_user_attr(ERROR_ATTR, f"{type(error).__name__}: {error}")
            reporter.finish("FAILED", None)
            raise
        reporter.finish("COMPLETE", value)
        return value

    def _train(self, trial: optuna.Trial, values: Mapping[str, Any], reporter: TrialReporter) -> float:
        train = trial_train(self.train, values)
        training = train.training.model_copy(update={
            "epochs": self.tune.epochs or train.training.epochs, "progress_bar": False, "resume": False})
        seed_everything(self.tune.seed)
        model = build_model(self.model, train.model, train.search_space, self.tune.seed)

        def on_epoch_end(epoch: int, row: Mapping[str, float]) -> None:
            validation = float(row["test_mse"])
            trial.report(validation, epoch)
            reporter.epoch(epoch, validation)
            if trial.should_prune():
                raise optuna.TrialPruned(f"validation MSE {validation:.3e} after epoch {epoch}")

        history = fit(model, self.windows, training, run_name=f"{self.study}.trial_{trial.number}",
                      on_epoch_end=on_epoch_end)
        value = float(history["test_mse"].iloc[-1]) if len(history) else math.inf
        if not math.isfinite(value):
            raise TrainingDivergedError(f"validation MSE {value} at the end of trial {trial.number}")
        return value
