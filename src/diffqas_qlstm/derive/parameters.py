"""The ``derive`` parameters and the input v the OpenQASM programs are written for.

Example:
    >>> validate_derive_parameters({"retrain_epochs": 2, "qasm_input": "first_test_last_step"})
    {'retrain_epochs': 2, 'qasm_input': 'first_test_last_step'}
    >>> import numpy as np
    >>> windows = {"x_test": np.array([[0.1, 0.2, 0.3, 0.4]])}
    >>> v, note = qasm_input_vector("first_test_last_step", windows, n_qubits=3)
    >>> v.tolist()
    [0.4, 0.0, 0.0]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from diffqas_qlstm.validation import ParameterError, require_int, require_mapping, require_number

QASM_INPUT_SOURCES = ("first_test_last_step", "first_test_first_step")
"""Named inputs v = concat(x, h = 0): x from the first test window's last or first time step."""


def validate_derive_parameters(params: Any, key: str = "derive") -> dict[str, Any]:
    """Check the ``derive`` block: ``retrain_epochs`` (int >= 0) and ``qasm_input``.

    ``qasm_input`` is one of :data:`QASM_INPUT_SOURCES` or an explicit list of n_qubits
    numbers v (features then hidden state; the encoding transform is applied to them).
    """
    params = dict(require_mapping(params, key))
    known = {"retrain_epochs", "qasm_input"}
    for name in params:
        if name not in known:
            raise ParameterError(f"{key}.{name}", params[name], "one of the keys " + ", ".join(sorted(known)))
    out = {
        "retrain_epochs": require_int(params.get("retrain_epochs", 0), f"{key}.retrain_epochs", 0),
        "qasm_input": params.get("qasm_input", QASM_INPUT_SOURCES[0]),
    }
    source = out["qasm_input"]
    allowed = f"one of {', '.join(QASM_INPUT_SOURCES)} or a list of n_qubits numbers"
    if isinstance(source, (list, tuple)):
        if not source:
            raise ParameterError(f"{key}.qasm_input", source, allowed)
        out["qasm_input"] = [require_number(v, f"{key}.qasm_input[{i}]") for i, v in enumerate(source)]
    elif source not in QASM_INPUT_SOURCES:
        raise ParameterError(f"{key}.qasm_input", source, allowed)
    return out


def qasm_input_vector(
    source: str | list[float], windows: Mapping[str, np.ndarray], n_qubits: int, input_size: int = 1
) -> tuple[np.ndarray, str]:
    """The cell input v (before the encoding transform) and a sentence saying where it comes from."""
    if isinstance(source, (list, tuple)):
        if len(source) != n_qubits:
            raise ParameterError("derive.qasm_input", list(source), f"a list of {n_qubits} numbers (n_qubits)")
        v = np.asarray(source, dtype=np.float64)
        return v, f"input v = {np.round(v, 6).tolist()} (derive.qasm_input)"
    step = -1 if source == "first_test_last_step" else 0
    x_test = np.asarray(windows["x_test"], dtype=np.float64)
    if x_test.shape[0] == 0:
        raise ValueError("There is no test window to take the QASM input from; set derive.qasm_input to a list")
    x = x_test[0, step].reshape(-1)[:input_size]
    v = np.concatenate([x, np.zeros(n_qubits - input_size)])
    which = "last" if step == -1 else "first"
    return v, (
        f"input v = concat(x, h) with x = {np.round(x, 6).tolist()} (the {which} step of the first "
        f"test window) and h = 0"
    )


def encode(v: np.ndarray, transform: str) -> np.ndarray:
    """The encoding angles of ``v``: ``identity`` or ``arctan`` (as ``QuantumLSTM.encode``)."""
    return np.arctan(v) if transform == "arctan" else np.asarray(v, dtype=np.float64)
