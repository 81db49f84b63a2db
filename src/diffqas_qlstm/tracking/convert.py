"""What a grid run's outputs become in MLflow: parameters, metric histories, final metrics, files.

Example (what a run's history becomes):
    >>> import pandas as pd
    >>> history = pd.DataFrame({"epoch": [1, 2], "train_mse": [0.5, 0.25], "a_forget_00": [0.1, 0.2]})
    >>> [(m.key, m.step, m.value) for m in history_metrics(history, prefix="")]
    [('train_mse', 1, 0.5), ('arch/forget_00', 1, 0.1), ('train_mse', 2, 0.25), ('arch/forget_00', 2, 0.2)]
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.schema import flatten

BATCH = 1000
"""MLflow takes at most 1000 metrics in one ``log_batch``."""


def log_output(client: Any, run_id: str, name: str, value: Any, path: Path | None) -> None:
    """Log output ``name`` (``<run>.<record>``) of a grid run, just saved to ``path``, to MLflow run
    ``run_id``: its ``manifest`` as parameters, its ``history`` and ``derived_history`` as metric
    histories, its ``metrics`` as final metrics, and the file (a folder, e.g. QASM, as a folder)."""
    from mlflow.entities import Param

    record = name.rpartition(".")[2]
    if record == "manifest" and isinstance(value, Mapping):
        params = [Param(key, str(item)[:6000]) for key, item in manifest_params(value).items()]
        client.log_batch(run_id, params=params)
    elif record in ("history", "derived_history") and isinstance(value, pd.DataFrame):
        metrics = list(history_metrics(value, prefix="derived/" if record == "derived_history" else ""))
        for start in range(0, len(metrics), BATCH):
            client.log_batch(run_id, metrics=metrics[start:start + BATCH])
    elif record == "metrics" and isinstance(value, Mapping):
        client.log_batch(run_id, metrics=list(final_metrics(value)))
    if path is not None and path.is_dir():
        client.log_artifacts(run_id, str(path), path.name)
    elif path is not None and path.is_file():
        client.log_artifact(run_id, str(path))


def manifest_params(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of a grid run: its identity, simulator and protocol (flattened, ``protocol.*``).

    Example:
        >>> manifest_params({"run": "d.m.seed_1", "seed": 1, "backend": "fused",
        ...                  "protocol": {"training": {"epochs": 3}}, "python": "3.11"})
        {'dataset': 'd', 'model': 'm', 'seed': 1, 'backend': 'fused', 'protocol.training.epochs': 3}
    """
    spec = RunSpec.from_name(manifest.get("run"))
    params: dict[str, Any] = {"dataset": spec.dataset, "model": spec.model} if spec else {}
    params |= {key: manifest[key] for key in ("seed", "backend", "tfq_differentiator") if key in manifest}
    return params | flatten(manifest.get("protocol", {}), "protocol.")


def history_metrics(history: pd.DataFrame, *, prefix: str) -> Iterator[Any]:
    """One MLflow metric per number of every epoch's row (step = epoch); architecture weight
    columns ``a_<gate>_<candidate>`` become ``arch/<gate>_<candidate>``."""
    from mlflow.entities import Metric

    stamp = int(time.time() * 1000)
    columns = [c for c in history.columns if c != "epoch"]
    keys = [prefix + (f"arch/{c[2:]}" if c.startswith("a_") else c) for c in columns]
    values = history[columns].to_numpy(dtype=float)
    for epoch, row in zip(history["epoch"].astype(int), values, strict=True):
        for key, value in zip(keys, row, strict=True):
            if pd.notna(value):
                yield Metric(key, float(value), stamp, int(epoch))


def final_metrics(metrics: Mapping[str, Any]) -> Iterator[Any]:
    """Every number of a run's ``metrics.json`` as ``final/<key>`` (flags and texts are not metrics)."""
    from mlflow.entities import Metric

    stamp = int(time.time() * 1000)
    for key, value in flatten(metrics, "final/").items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and pd.notna(value):
            yield Metric(key, float(value), stamp, 0)
