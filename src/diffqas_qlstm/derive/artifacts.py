"""All take-away artifacts of a derived model at once: Cirq circuits, diagrams, OpenQASM."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cirq
import numpy as np

from diffqas_qlstm.derive.circuits import circuit_diagrams, derived_gate_circuits, qasm_programs
from diffqas_qlstm.derive.parameters import encode, qasm_input_vector
from diffqas_qlstm.model import validate_model_parameters


def derived_artifacts(
    derived_params: Mapping[str, np.ndarray],
    windows: Mapping[str, np.ndarray],
    model_params: Mapping[str, Any],
    qasm_input: str | list[float],
) -> tuple[dict[str, cirq.Circuit], str, dict[str, str]]:
    """(circuits, diagrams, QASM programs) of a derived model's parameters.

    The circuits carry the derived model's own (re-trained) θ, so simulating a resolved
    circuit with the encoding angles of v reproduces the model's gate output for v. The QASM
    programs are written for the input v chosen by ``qasm_input`` (see
    :func:`~diffqas_qlstm.derive.parameters.qasm_input_vector`); their header says which.

    Example:
        >>> from diffqas_qlstm.circuits import BASELINES
        >>> from diffqas_qlstm.model import build_model
        >>> m = build_model("diffqas_nonshared", {"hidden_size": 2, "depth": 1},
        ...                 architecture=[BASELINES["baseline_1"]] * 4)
        >>> windows = {"x_test": np.full((1, 4), 0.5)}
        >>> circuits, diagrams, qasm = derived_artifacts(m.export_parameters(), windows,
        ...                                              {"hidden_size": 2, "depth": 1}, "first_test_last_step")
        >>> len(circuits), diagrams.splitlines()[0], sorted(qasm)
        (8, '=== forget gate: H-Ry-brick-Ry ===', ['forget', 'input', 'output', 'update'])
    """
    p = validate_model_parameters(model_params)
    circuits = derived_gate_circuits(derived_params)
    names = np.asarray(derived_params["candidate_names"]).astype(str)[:, 0]
    n_qubits = p["input_size"] + p["hidden_size"]
    v, note = qasm_input_vector(qasm_input, windows, n_qubits, p["input_size"])
    angles = encode(v, p["encoding_transform"])
    note += f"; encoding angles ({p['encoding_transform']}) = {np.round(angles, 6).tolist()}"
    qasm = qasm_programs(circuits, angles, n_measured=p["hidden_size"], note=note)
    return circuits, circuit_diagrams(circuits, list(names)), qasm
