"""Thin nodes of the ``robustness`` pipeline; the work is in :mod:`diffqas_qlstm.robustness`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cirq
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from diffqas_qlstm.config import (
    RunSpec,
    typed,
)
from diffqas_qlstm.derive.model import restore_derived_model
from diffqas_qlstm.evaluate.predictions import restore_model
from diffqas_qlstm.model import NaivePredictor
from diffqas_qlstm.pipelines.run_index import table_of
from diffqas_qlstm.pipelines.run_nodes import is_diffqas
from diffqas_qlstm.report import markdown_table
from diffqas_qlstm.report.tables import DERIVED_SUFFIX
from diffqas_qlstm.robustness import native_circuits
from diffqas_qlstm.robustness.noise import noisy_test_mse, spaced_test_windows
from diffqas_qlstm.robustness.tables import plot_robustness, robustness_markdown, robustness_table
from diffqas_qlstm.training import mse


def compile_run_circuits(
    params: dict[str, np.ndarray],
    windows: dict[str, np.ndarray],
    train_params: Mapping[str, Any],
    derive_params: Mapping[str, Any],
    robustness_params: Mapping[str, Any],
    *,
    spec: RunSpec,
) -> tuple[dict[str, cirq.Circuit], dict[str, str], pd.DataFrame]:
    """``native_circuits`` (Cirq JSON), ``native_qasm`` (OpenQASM per gate and gate set) and
    ``native_summary`` (gate counts and depth) of a run's single-circuit model (derived or baseline)."""
    gatesets = typed("robustness", robustness_params).gatesets
    qasm_input = typed("derive", derive_params).qasm_input
    model = typed("train", train_params).model
    circuits, summary = native_circuits(params, windows, model, qasm_input, gatesets)
    hidden = model.hidden_size
    qasm = {}
    for name, circuit in circuits.items():
        qubits = sorted(circuit.all_qubits())
        measured = circuit + cirq.Circuit(cirq.measure(*qubits[:hidden], key="h"))
        header = f"DiffQAS-QLSTM {spec.name}: {name} (native gate set; input set by derive.qasm_input)"
        qasm[name] = measured.to_qasm(header=header, qubit_order=qubits)
    return circuits, qasm, summary.assign(run=spec.name, dataset=spec.dataset, model=spec.model, seed=spec.seed)


def evaluate_under_noise(
    params: dict[str, np.ndarray],
    windows: dict[str, np.ndarray],
    train_params: Mapping[str, Any],
    robustness_params: Mapping[str, Any],
    evaluate_params: Mapping[str, Any],
    *,
    spec: RunSpec,
) -> pd.DataFrame:
    """``noise_runs``: the run's single-circuit model's test MSE exactly, with finite shots (seeded
    draws) and with depolarizing noise after every gate; plus the persistence predictor's. All
    over the same test windows (at most ``robustness.test_windows``, evenly spaced)."""
    settings = typed("robustness", robustness_params)
    windows = spaced_test_windows(windows, settings.test_windows)
    batch = typed("evaluate", evaluate_params).batch_size
    train = typed("train", train_params)
    if is_diffqas(spec):
        model = restore_derived_model(params, spec.model, train.model, spec.seed)
        label = spec.model + DERIVED_SUFFIX
    else:
        model = restore_model(spec.model, params, train, spec.seed)
        label = spec.model
    records = noisy_test_mse(model, windows, shots=settings.shots, strengths=settings.depolarizing,
                             draws=settings.draws, seed=spec.seed, batch_size=batch)
    x, y = np.asarray(windows["x_test"]), np.asarray(windows["y_test"])
    records.append({"kind": "persistence", "level": 0, "draw": 0, "test_mse": mse(NaivePredictor("persistence")(x), y)})
    frame = pd.DataFrame(records)
    return frame.assign(run=spec.name, dataset=spec.dataset, model=label, seed=spec.seed, windows=len(y))


def collect_noise(*indexes: dict[str, dict[str, Any]]) -> tuple[pd.DataFrame, str, Figure]:
    """``noise_table`` (CSV), ``noise_table_md`` and ``noise_figure`` over every run's ``noise_runs``
    (from the series' indexes ``<dataset>.runs``)."""
    table = robustness_table(table_of([e for index in indexes for e in index.values()], "noise_runs"))
    return table, robustness_markdown(table), plot_robustness(table)


def collect_native_gates(*indexes: dict[str, dict[str, Any]]) -> tuple[pd.DataFrame, str]:
    """``native_gates`` (CSV) and ``native_gates_md``: two-qubit gates and depth per model, dataset
    and gate set, summed over the four gates and averaged over seeds (from every run's
    ``native_summary`` in the series' indexes ``<dataset>.runs``).

    Example:
        >>> row = pd.DataFrame({"run": ["r"], "dataset": ["d"], "model": ["baseline_1"], "seed": [0],
        ...     "gate": ["forget"], "gateset": ["cz"], "two_qubit_gates": [25], "one_qubit_gates": [40],
        ...     "depth": [21], "source_two_qubit_gates": [25], "source_depth": [31]})
        >>> collect_native_gates({"r": {"native_summary": row.to_dict("records")}})[0].to_dict("records")[0][
        ...     "two_qubit_gates"]
        25.0
    """
    runs = table_of([e for index in indexes for e in index.values()], "native_summary")
    counts = ["two_qubit_gates", "one_qubit_gates", "depth", "source_two_qubit_gates"]
    per_run = runs.groupby(["dataset", "model", "seed", "gateset"], sort=False)[counts].sum().reset_index()
    table = per_run.groupby(["dataset", "model", "gateset"], sort=False)[counts].mean().reset_index()
    table[counts] = table[counts].astype(float)
    lines = ["# Native gate counts (four gates summed, mean over seeds)", "",
             markdown_table(table.round(1)), "",
             "Each gate circuit with its trained angles and the input of derive.qasm_input, compiled with "
             "cirq.optimize_for_target_gateset and checked equal to the source up to a global phase. "
             "`source_two_qubit_gates`: CNOTs of the circuit as designed."]
    return table, "\n".join(lines) + "\n"
