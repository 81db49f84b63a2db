"""The input v the OpenQASM programs are written for (``derive.qasm_input``).

Example:
    >>> import numpy as np
    >>> windows = {"x_test": np.array([[0.1, 0.2, 0.3, 0.4]])}
    >>> v, note = qasm_input_vector("first_test_last_step", windows, n_qubits=3)
    >>> v.tolist()
    [0.4, 0.0, 0.0]
"""

from __future__ import annotations

import typing
from collections.abc import Mapping

import numpy as np

from diffqas_qlstm.config.blocks import QasmSource
from diffqas_qlstm.validation import ParameterError

QASM_INPUT_SOURCES: tuple[str, ...] = typing.get_args(QasmSource)
"""Named inputs v = concat(x, h = 0): x from the first test window's last or first time step."""


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
