"""All take-away artifacts of a derived model at once: Cirq circuits, diagrams, OpenQASM."""

from __future__ import annotations

from collections.abc import Mapping

import cirq
import numpy as np

from diffqas_qlstm.config import ModelConfig
from diffqas_qlstm.derive.circuits import circuit_diagrams, derived_gate_circuits, qasm_programs
from diffqas_qlstm.derive.qasm_input import encode, qasm_input_vector


def derived_artifacts(
    derived_params: Mapping[str, np.ndarray],
    windows: Mapping[str, np.ndarray],
    model: ModelConfig,
    qasm_input: str | list[float],
) -> tuple[dict[str, cirq.Circuit], str, dict[str, str]]:
    """(circuits, diagrams, QASM programs) of a derived model's parameters.

    The circuits carry the derived model's own (re-trained) θ, so simulating a resolved
    circuit with the encoding angles of v reproduces the model's gate output for v. The QASM
    programs are written for the input v chosen by ``qasm_input`` (see
    :func:`~diffqas_qlstm.derive.qasm_input.qasm_input_vector`); their header says which.

    Example:
        >>> from diffqas_qlstm.circuits import BASELINES
        >>> from diffqas_qlstm.model import build_model
        >>> config = ModelConfig(hidden_size=2, depth=1)
        >>> m = build_model("diffqas_nonshared", config, architecture=[BASELINES["baseline_1"]] * 4)
        >>> windows = {"x_test": np.full((1, 4), 0.5)}
        >>> circuits, diagrams, qasm = derived_artifacts(m.export_parameters(), windows, config,
        ...                                              "first_test_last_step")
        >>> len(circuits), diagrams.splitlines()[0], sorted(qasm)
        (8, '=== forget gate: H-Ry-brick-Ry ===', ['forget', 'input', 'output', 'update'])
    """
    circuits = derived_gate_circuits(derived_params)
    names = np.asarray(derived_params["candidate_names"]).astype(str)[:, 0]
    v, note = qasm_input_vector(qasm_input, windows, model.n_qubits, model.input_size)
    angles = encode(v, model.encoding_transform)
    note += f"; encoding angles ({model.encoding_transform}) = {np.round(angles, 6).tolist()}"
    qasm = qasm_programs(circuits, angles, n_measured=model.hidden_size, note=note)
    return circuits, circuit_diagrams(circuits, list(names)), qasm
