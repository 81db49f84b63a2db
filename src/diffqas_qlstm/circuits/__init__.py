"""The search space of candidate circuits (SPEC §4.2) as pure Cirq + sympy data.

Example:
    >>> space = SearchSpace.default()
    >>> circuits = build_circuits(space.candidates(), n_qubits=6, depth=5)
    >>> symbols = circuit_symbols(n_qubits=6, depth=5)
    >>> len(circuits), len(symbols), str(readout_operators(6, 5)[0])
    (36, 36, 'Z(q(0))')
"""

from diffqas_qlstm.circuits.build import (
    build_circuit,
    build_circuits,
    circuit_symbols,
    input_symbols,
    readout_operators,
    weight_symbols,
)
from diffqas_qlstm.circuits.gates import (
    ENTANGLERS,
    ROTATIONS,
    register_entangler,
    register_rotation,
)
from diffqas_qlstm.circuits.space import (
    BASELINES,
    SEARCH_SPACE_KEY,
    SLOTS,
    Candidate,
    SearchSpace,
)

__all__ = [
    "BASELINES",
    "ENTANGLERS",
    "ROTATIONS",
    "SEARCH_SPACE_KEY",
    "SLOTS",
    "Candidate",
    "SearchSpace",
    "build_circuit",
    "build_circuits",
    "circuit_symbols",
    "input_symbols",
    "readout_operators",
    "register_entangler",
    "register_rotation",
    "weight_symbols",
]
