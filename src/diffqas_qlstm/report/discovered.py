"""Which discovered circuit to take away: per DiffQAS row and dataset, one seed's derived circuits.

Every DiffQAS run of the grid hands back its derived single-circuit QLSTM: ``derived_params.npz``
and one OpenQASM 2.0 program per gate (``derived_qasm/<gate>.qasm``) in its run folder; the Cirq
JSON (``derived_circuits.json``, ``{gate}.symbolic`` and ``{gate}.resolved``) is rebuilt from the
parameters by the export node. Among the seeds of a (model, dataset) this module points at the one
whose derived model has the lowest **training** MSE after re-training — chosen without the test
windows, so its test MSE beside it is still an honest estimate — skipping models the degeneracy
guard flags.

Example:
    >>> table = pd.DataFrame({"run": ["d.m.seed_0", "d.m.seed_1"], "dataset": "d", "model": "m",
    ...     "seed": [0, 1], "method": "validated", "derived_test_mse": [2e-4, 1e-4],
    ...     "derived_train_mse": [3e-4, 1e-4], "derived_degenerate": [False, False],
    ...     "architecture": ["a / b / c / d", "e / f / g / h"]})
    >>> row = discovered_circuits(table, {"d.m.seed_0": "validated", "d.m.seed_1": "validated"}).iloc[0]
    >>> int(row["seed"]), row["update"], row["folder"]
    (1, 'g', 'd/m/seed_1/derived_qasm/')
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

GATES = ("forget", "input", "update", "output")
COLUMNS = ["model", "dataset", "method", "seeds", "healthy", "seed", *GATES, "derived_train_mse",
           "derived_test_mse", "median_test_mse", "folder"]


def discovered_circuits(table: pd.DataFrame, grid_methods: Mapping[str, str]) -> pd.DataFrame:
    """One row per (model, dataset) of ``table`` (:func:`~diffqas_qlstm.report.derivation.derivation_runs`)
    restricted to each run's own derivation (``grid_methods``: run → the grid's ``derive.method``, whose
    circuits sit in the run folder): the seed with the lowest derived training MSE among the models the
    guard does not flag, its four candidates, its test MSE, the median over all seeds, and the folder of
    its QASM programs relative to the results folder."""
    own = table[[grid_methods.get(run) == method for run, method in zip(table["run"], table["method"], strict=True)]]
    rows = []
    for (model, dataset), part in own.groupby(["model", "dataset"], sort=True):
        healthy = part[~part["derived_degenerate"].astype(bool) & np.isfinite(part["derived_train_mse"].astype(float))]
        row = {"model": model, "dataset": dataset, "method": part["method"].iloc[0], "seeds": len(part),
               "healthy": len(healthy), "median_test_mse": float(part["derived_test_mse"].median())}
        if len(healthy):
            best = healthy.loc[healthy["derived_train_mse"].astype(float).idxmin()]
            names = str(best["architecture"]).split(" / ")
            row.update({"seed": int(best["seed"]), **dict(zip(GATES, names, strict=False)),
                        "derived_train_mse": float(best["derived_train_mse"]),
                        "derived_test_mse": float(best["derived_test_mse"]),
                        "folder": f"{dataset}/{model}/seed_{int(best['seed'])}/derived_qasm/"})
        rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS)


def discovered_markdown(frame: pd.DataFrame) -> str:
    """The table of :func:`discovered_circuits` with how to get each circuit in Cirq."""
    from diffqas_qlstm.report.tables import markdown_table

    if frame.empty:
        return "No DiffQAS run has derived circuits yet."

    def e(value: float) -> str:
        return f"{value:.2e}" if pd.notna(value) and np.isfinite(value) else "–"

    shown = pd.DataFrame({
        "model": frame["model"], "dataset": frame["dataset"], "method": frame["method"],
        "seed (healthy / seeds)": [("–" if pd.isna(s) else f"{int(s)}") + f" ({h} / {n})"
                                   for s, h, n in zip(frame["seed"], frame["healthy"], frame["seeds"], strict=True)],
        **{gate: frame[gate].fillna("–") for gate in GATES},
        "train MSE": [e(v) for v in frame["derived_train_mse"]],
        "test MSE": [e(v) for v in frame["derived_test_mse"]],
        "median test MSE (all seeds)": [e(v) for v in frame["median_test_mse"]],
        "OpenQASM": ["–" if pd.isna(f) else f"`{f}`" for f in frame["folder"]],
    })
    return "\n".join([
        "Per DiffQAS row and dataset, the seed whose derived model (the run's own `derive.method`, re-trained) "
        "has the lowest training MSE, the guard's flagged models skipped — chosen without the test windows, so "
        "its test MSE is an honest estimate; the median over all seeds beside it says how typical it is. "
        "`OpenQASM`: the folder, under the results folder (`results/paper/` for `make results`), of its four "
        "programs `<gate>.qasm` (the input set by `derive.qasm_input`, trained angles in). The Cirq JSON "
        "(`cirq.read_json` gives `{gate}.symbolic` and `{gate}.resolved`) is rebuilt from the run's "
        "`derived_params.npz`: `kedro run --pipeline=derive --env=paper "
        "--nodes=<dataset>.<model>.seed_<s>.export_derived_circuits` writes "
        "`data/06_models/<dataset>/<model>/seed_<s>/derived_circuits.json`.",
        "",
        markdown_table(shown),
    ])
