"""A results folder's records as tables: the runs, those still missing, the long form.

Every finished run of the grid keeps ``metrics.json`` and ``manifest.json`` (and, for DiffQAS
runs, ``derived_summary.json``) under ``results/<grid>/<dataset>/<model>/seed_<n>/``. These
functions turn those records (Kedro partitions: run folder → record or loader) into one row per
run, in grid order; nothing here depends on a clock or on the machine.

Example:
    >>> m = {"run": "d.constant.seed_0", "dataset": "d", "model": "constant", "seed": 0,
    ...      "test_mse": 2e-3, "train_mse": 1e-3, "n_parameters": 0, "wall_seconds": 0.1}
    >>> manifest = {"run": "d.constant.seed_0", "backend": "fused",
    ...     "parameters": {"train": {"grid": {"datasets": ["d"], "models": ["constant"], "seeds": [0, 1]}}}}
    >>> runs = published_runs({"d/constant/seed_0": m}, {"d/constant/seed_0": manifest}, {})
    >>> runs[["run", "test_mse"]].values.tolist()
    [['d.constant.seed_0', 0.002]]
    >>> missing_runs(runs, {"d/constant/seed_0": manifest})
    ['d.constant.seed_1']
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

import pandas as pd

from diffqas_qlstm.config.names import GATE_NAMES as GATES
from diffqas_qlstm.config.recorded import summary_settings
from diffqas_qlstm.report.tables import DERIVED_SUFFIX, collect_runs

Records = Mapping[str, Any]
"""Partition id -> record, or -> a loader returning it (Kedro's ``PartitionedDataset``)."""

def _records(partitions: Records) -> dict[str, dict[str, Any]]:
    out = {}
    for key in sorted(partitions):
        value = partitions[key]
        out[key] = dict(value() if callable(value) else value)
    return out

def _launched(manifests: Mapping[str, Mapping[str, Any]]) -> list[tuple[str, str, int]]:
    """The runs of every grid the runs were launched with (``train.grid`` with its ``extra`` parts),
    most common grid first, as (dataset, model, seed): a grid that grew keeps its earlier runs."""
    from diffqas_qlstm.config import GridConfig

    grids = Counter()
    for manifest in manifests.values():
        grid = manifest.get("parameters", {}).get("train", {}).get("grid")
        if grid:
            grids[json.dumps(grid, sort_keys=True)] += 1
    runs: dict[tuple[str, str, int], None] = {}
    for text, _ in grids.most_common():
        grid = json.loads(text)
        try:
            found = [(r.dataset, r.model, r.seed) for r in GridConfig.parse(grid, "train.grid").runs]
        except ValueError:  # a grid of models this version no longer knows: its product as written
            found = [(d, m, int(s)) for d in grid["datasets"] for m in grid["models"] for s in grid["seeds"]]
        runs.update(dict.fromkeys(found))
    return list(runs)

def _grid(manifests: Mapping[str, Mapping[str, Any]]) -> dict[str, list]:
    """The datasets, models and seeds of the launched grids, in order of first appearance."""
    runs = _launched(manifests)
    return {key: list(dict.fromkeys(run[i] for run in runs)) for i, key in enumerate(("datasets", "models", "seeds"))}

def epoch_seconds(histories: Mapping[str, Any], derived_histories: Mapping[str, Any]) -> dict[str, float]:
    """Per run folder, the seconds of all its training and re-training epochs (the ``seconds``
    column of ``history.csv`` and ``derived_history.csv``, partitions as Kedro gives them).

    Example:
        >>> epoch_seconds({"d/m/seed_0": pd.DataFrame({"seconds": [1.0, 2.0]})},
        ...               {"d/m/seed_0": pd.DataFrame({"seconds": [0.5]})})
        {'d/m/seed_0': 3.5}
    """
    out: dict[str, float] = {}
    for partitions in (histories, derived_histories):
        for key, value in partitions.items():
            frame = value() if callable(value) else value
            out[key] = out.get(key, 0.0) + float(pd.to_numeric(frame["seconds"]).sum())
    return out

LAST_EPOCHS = 10
"""The final epochs averaged beside the final epoch's test MSE (the paper reports the final one)."""

def last_epochs_mean(histories: Mapping[str, Any], derived_histories: Mapping[str, Any],
                     n: int = LAST_EPOCHS) -> dict[str, dict[str, float]]:
    """Per run folder, the mean test MSE of the last ``n`` epochs of training (``test_mse_last10``)
    and of the derived model's re-training (``derived_test_mse_last10``).

    Example:
        >>> last_epochs_mean({"d/m/seed_0": pd.DataFrame({"test_mse": [9.0, 1.0, 3.0]})}, {}, n=2)
        {'d/m/seed_0': {'test_mse_last10': 2.0}}
    """
    out: dict[str, dict[str, float]] = {}
    for column, partitions in (("test_mse_last10", histories), ("derived_test_mse_last10", derived_histories)):
        for key, value in partitions.items():
            frame = value() if callable(value) else value
            if "test_mse" in frame and len(frame):
                out.setdefault(key, {})[column] = float(pd.to_numeric(frame["test_mse"]).tail(n).mean())
    return out

def published_runs(metrics: Records, manifests: Records, derived_summaries: Records,
                   training_seconds: Mapping[str, float] | None = None,
                   last_epochs: Mapping[str, Mapping[str, float]] | None = None) -> pd.DataFrame:
    """One row per finished run (a run with both ``metrics.json`` and ``manifest.json``), in grid order.

    Columns: run, dataset, model, seed, test_mse, train_mse, n_parameters, wall_seconds,
    derived_test_mse, derived_n_parameters, derived_wall_seconds, derived_fresh_start (where the
    derived model may start, ``derive.fresh_start``), derived_cpu (the derivation's; None where its
    summary did not record it), training_seconds (its epochs' seconds, every session; None without
    histories), arch_<gate> (the derived candidate of each
    gate), backend, precision, cpu, cores, and with ``last_epochs`` (:func:`last_epochs_mean`)
    test_mse_last10 and derived_test_mse_last10.
    """
    training_seconds, last_epochs = training_seconds or {}, last_epochs or {}
    metrics, manifests, derived = _records(metrics), _records(manifests), _records(derived_summaries)
    grid = _grid(manifests)
    rows = []
    for key, record in metrics.items():
        manifest = manifests.get(key)
        if manifest is None:
            continue
        machine = manifest.get("machine") or {}
        arch = record.get("derived_architecture") or {}
        rows.append({
            "run": record["run"], "dataset": record["dataset"], "model": record["model"], "seed": int(record["seed"]),
            "test_mse": record.get("test_mse"), "train_mse": record.get("train_mse"),
            "n_parameters": record.get("n_parameters"), "wall_seconds": record.get("wall_seconds"),
            "derived_test_mse": record.get("derived_test_mse"), "derived_n_parameters": record.get("derived_n_parameters"),
            "degenerate": record.get("degenerate"), "derived_degenerate": record.get("derived_degenerate"),
            "derived_method": record.get("derived_method") if record.get("derived_test_mse") is not None else None,
            "derived_wall_seconds": derived.get(key, {}).get("wall_seconds"),
            "derived_fresh_start": summary_settings(derived[key])["fresh_start"] if key in derived else None,
            "derived_cpu": (derived.get(key, {}).get("machine") or {}).get("cpu"),
            "training_seconds": training_seconds.get(key),
            **{f"arch_{gate}": arch.get(gate) for gate in GATES},
            "backend": manifest.get("backend"), "precision": manifest.get("precision", "single"),
            "cpu": machine.get("cpu"), "cores": machine.get("cores"),
            **({k: last_epochs.get(key, {}).get(k) for k in ("test_mse_last10", "derived_test_mse_last10")}
               if last_epochs else {}),
        })
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame

    def order(values: list, value: Any) -> int:
        return values.index(value) if value in values else len(values)

    frame["_order"] = [
        (order(grid["datasets"], d), order(grid["models"], m), s, d, m)
        for d, m, s in zip(frame["dataset"], frame["model"], frame["seed"], strict=True)
    ]
    return frame.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)

def missing_runs(runs: pd.DataFrame, manifests: Records) -> list[str]:
    """The runs of the launched grid that have no results yet, in grid order."""
    present = set(runs["run"]) if len(runs) else set()
    launched = _launched(_records(manifests))
    grid = _grid(_records(manifests))
    launched.sort(key=lambda run: (grid["datasets"].index(run[0]), grid["models"].index(run[1]), run[2]))
    return [f"{d}.{m}.seed_{s}" for d, m, s in launched if f"{d}.{m}.seed_{s}" not in present]

def long_runs(runs: pd.DataFrame) -> pd.DataFrame:
    """One row per (dataset, model label, seed): ensembles and ``<model> (derived)`` rows (with
    ``test_mse_last10`` where the runs have it)."""
    long = collect_runs(*runs.to_dict("records")) if len(runs) else collect_runs()
    if len(runs) and "test_mse_last10" in runs:
        last = {}
        for record in runs.to_dict("records"):
            last[(record["run"], record["model"])] = record.get("test_mse_last10")
            last[(record["run"], record["model"] + DERIVED_SUFFIX)] = record.get("derived_test_mse_last10")
        long["test_mse_last10"] = pd.to_numeric(
            pd.Series([last.get((r, m)) for r, m in zip(long["run"], long["model"], strict=True)], dtype=object),
            errors="coerce").to_numpy()
    return long
