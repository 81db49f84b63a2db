"""Hyperparameter search (Optuna) on a validation split of the training windows: the trial's
objective, the study in its shared SQLite storage, and what a finished study hands back.

Example:
    >>> sorted(make_pruner.__module__.split(".")[-1:])
    ['study']
"""

from diffqas_qlstm.tune.objective import ERROR_ATTR, NoReport, Objective, TrialReporter, suggest
from diffqas_qlstm.tune.study import (
    StudySettingsChangedError,
    counted,
    finished_trials,
    make_pruner,
    make_sampler,
    open_storage,
    open_study,
    run_worker,
    storage_url,
    study_settings,
)

__all__ = [
    "ERROR_ATTR", "NoReport", "Objective", "StudySettingsChangedError", "TrialReporter", "counted",
    "finished_trials", "make_pruner", "make_sampler", "open_storage", "open_study", "run_worker",
    "storage_url", "study_settings", "suggest",
]
