"""Each tuning trial as an MLflow run nested under the kedro run's: its drawn values, the
validation MSE after every epoch, the final value and its state (``COMPLETE``, ``PRUNED``,
``FAILED``), like the grid runs (:mod:`diffqas_qlstm.tracking.nested`).

Example:
    >>> reporter_for("bessel.baseline_1")(0).__class__.__name__  # tracking off: nothing recorded
    'NoReport'
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from diffqas_qlstm.tracking.store import PARENT_VAR
from diffqas_qlstm.tune import NoReport

STUDY_TAG, TRIAL_TAG, STATE_TAG = "tune_study", "tune_trial", "tune_state"


class MlflowTrialReporter:
    """One trial's nested MLflow run under ``parent`` (a :class:`~diffqas_qlstm.tune.TrialReporter`)."""

    def __init__(self, client: Any, parent: str, study: str) -> None:
        self.client, self.parent, self.study = client, parent, study
        self.run_id: str | None = None

    def start(self, number: int, params: Mapping[str, Any]) -> None:
        experiment = self.client.get_run(self.parent).info.experiment_id
        tags = {"mlflow.parentRunId": self.parent, STUDY_TAG: self.study, TRIAL_TAG: str(number)}
        run = self.client.create_run(experiment, tags=tags, run_name=f"{self.study}.trial_{number}")
        self.run_id = run.info.run_id
        for name, value in params.items():
            self.client.log_param(self.run_id, name, value)

    def epoch(self, epoch: int, validation_mse: float) -> None:
        self.client.log_metric(self.run_id, "validation_mse", validation_mse, step=epoch)

    def finish(self, state: str, value: float | None) -> None:
        if value is not None:
            self.client.log_metric(self.run_id, "value", value)
        self.client.set_tag(self.run_id, STATE_TAG, state)
        self.client.set_terminated(self.run_id, "FAILED" if state == "FAILED" else "FINISHED")


def reporter_for(study: str) -> Callable[[int], Any]:
    """Per trial number, an MLflow reporter while a tracked kedro run is on (its parent run in the
    environment), else :class:`~diffqas_qlstm.tune.NoReport`."""
    parent = os.environ.get(PARENT_VAR)
    if not parent:
        return lambda number: NoReport()
    from mlflow import MlflowClient

    client = MlflowClient()
    return lambda number: MlflowTrialReporter(client, parent, study)
