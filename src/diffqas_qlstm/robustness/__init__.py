"""Would the circuits survive hardware? Native compilation, finite shots and gate noise (SPEC §7).

``native.py``: each gate circuit of a derived model or a hand-designed baseline, with its trained
angles and a given input set, compiled by ``cirq.optimize_for_target_gateset`` to a device gate
set, checked equivalent (unitary up to global phase) and counted (two-qubit gates, depth).
``noise.py``: the test MSE with ⟨Z⟩ estimated from finite shots and with a depolarizing channel
after every gate (exact density matrices). ``tables.py``: the table and figure over runs.
"""

from diffqas_qlstm.robustness.native import (
    GATESETS,
    NATIVE_COLUMNS,
    compile_native,
    concrete_gate_circuits,
    native_circuits,
)

__all__ = [
    "GATESETS",
    "NATIVE_COLUMNS",
    "compile_native",
    "concrete_gate_circuits",
    "native_circuits",
]
