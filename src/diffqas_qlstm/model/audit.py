"""Search-space audit (SPEC §6): what each candidate circuit can and cannot do inside the cell.

Computed for whatever search space is configured, never a hard-coded list: every candidate is
simulated (on the run's own backend, one call) at random inputs v and random angles θ, and
classified by what its ⟨Z⟩ readouts depend on:

- ``input_independent``: the readouts are the same for every v (e.g. Rx encoding after H: |+⟩
  is an Rx eigenstate; Rz encoding on |0⟩);
- ``theta_independent``: the same for every θ (e.g. Rz variational layers, which commute with the
  Z readout while the CNOTs only permute basis states);
- ``constant``: both (e.g. ``H-Rz-brick-Rz``: every readout is 0);
- ``dead_at_zero_state``: every readout is 0 for every θ and x when the hidden part of v is 0,
  as it is at the cell's first step (h = 0);
- ``flat_at_zero_theta``: every readout's gradient with respect to θ vanishes at θ = 0, the
  point θ is initialised near (0.01·N(0, 1)).

A candidate **kills the update gate** when it is dead at the zero state or input-independent:
g = tanh(Q_g) is the only way the series enters the cell state (c = f·c + i·g); a g that is 0 at
h = c = 0 keeps c = h = 0 at every step (every gradient but the head bias's is then exactly
zero, so re-training cannot leave that point), and a g that ignores v makes what the cell stores
a function of θ alone. The forget, input and output gates go through a sigmoid (never 0), so no
candidate kills them. :func:`kills_gate` is the one rule the derivation applies.

Example:
    >>> from diffqas_qlstm.circuits import SearchSpace
    >>> from diffqas_qlstm.config import ModelConfig
    >>> table = audit_search_space(SearchSpace.default().candidates(),
    ...                            ModelConfig(hidden_size=2, depth=2, backend="statevector"))
    >>> row = table.set_index("candidate").loc["H-Rz-ring-Rx"]
    >>> bool(row["dead_at_zero_state"]), bool(row["kills_update"])
    (True, True)
    >>> bool(table.set_index("candidate").loc["H-Ry-brick-Ry", "kills_update"])
    False
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import tensorflow as tf

from diffqas_qlstm.circuits import (
    SLOTS,
    Candidate,
    build_circuits,
    circuit_symbols,
    readout_operators,
)
from diffqas_qlstm.config import ModelConfig
from diffqas_qlstm.simulate import make_backend

AUDIT_COLUMNS = [
    "candidate", *SLOTS, "input_independent", "theta_independent", "constant", "dead_at_zero_state",
    "flat_at_zero_theta", "kills_update", "input_spread", "theta_spread", "zero_state_max", "zero_theta_gradient",
]
"""Columns of the audit table: flags, then the measured quantities they come from."""

TOLERANCE = 1e-4
"""A spread, readout or gradient below this (float32 simulation) counts as zero; a candidate that
depends on v or θ shows values of order 0.1 at the random points drawn."""

GATES_A_CANDIDATE_CAN_KILL = ("update",)
"""Gates whose output a candidate can switch off for good (the others pass through a sigmoid)."""


def audit_search_space(
    candidates: Sequence[Candidate],
    model: ModelConfig,
    *,
    n_inputs: int = 16,
    n_thetas: int = 6,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per candidate with the columns of :data:`AUDIT_COLUMNS`.

    Args:
        candidates: the configured search space's candidates (``SearchSpace.candidates()``).
        model: the ``train.model`` block (qubits, measured qubits, depth, encoding, backend).
        n_inputs: random inputs v drawn (uniform in [-π, π], then the encoding transform).
        n_thetas: random angle sets θ drawn (uniform in [0, 2π)).
        seed: seeds the draws (the audit is the same for every run of a grid).
    """
    n_qubits, hidden, depth = model.n_qubits, model.hidden_size, model.depth
    rng = np.random.default_rng(seed)
    v = rng.uniform(-np.pi, np.pi, size=(n_inputs, n_qubits))
    v_zero = v.copy()
    v_zero[:, model.input_size:] = 0.0  # h = 0: the cell's first step
    if model.encoding_transform == "arctan":
        v, v_zero = np.arctan(v), np.arctan(v_zero)
    thetas = rng.uniform(0.0, 2.0 * np.pi, size=(n_thetas, depth * n_qubits))
    n = len(candidates)

    def grid(inputs: np.ndarray, angles: np.ndarray) -> np.ndarray:
        """Symbol rows [candidate, θ, v] → values."""
        rows = np.concatenate(
            [np.repeat(inputs[None], len(angles), 0), np.repeat(angles[:, None], len(inputs), 1)], axis=-1)
        return np.broadcast_to(rows, (n, *rows.shape)).reshape(-1, rows.shape[-1])

    values = np.concatenate([grid(v, thetas), grid(v_zero, thetas), grid(v, np.zeros((1, depth * n_qubits)))])
    per_candidate = [n * n_thetas * n_inputs, n * n_thetas * n_inputs, n * n_inputs]
    ids = np.concatenate([np.repeat(np.arange(n), size // n) for size in per_candidate]).astype(np.int32)

    backend = make_backend(model.backend, build_circuits(candidates, n_qubits, depth),
                           circuit_symbols(n_qubits, depth), readout_operators(n_qubits, hidden))
    symbol_values = tf.Variable(values.astype(np.float32))
    with tf.GradientTape() as tape:
        expectations = backend(tf.constant(ids), symbol_values)
        # One backward pass: the gradient of Σ_h w_h·E_h with random w_h vanishes only where
        # every readout's gradient does (random weights keep the readouts from cancelling).
        weights = tf.constant(rng.standard_normal((1, hidden)).astype(np.float32))
        projected = tf.reduce_sum(expectations * weights)
    gradient = tape.gradient(projected, symbol_values).numpy()
    e = expectations.numpy().astype(np.float64)

    first, second = per_candidate[0], per_candidate[0] + per_candidate[1]
    general = e[:first].reshape(n, n_thetas, n_inputs, hidden)
    zero_state = e[first:second].reshape(n, n_thetas, n_inputs, hidden)
    zero_theta_gradient = gradient[second:].reshape(n, n_inputs, -1)[:, :, n_qubits:]

    input_spread = np.ptp(general, axis=2).max(axis=(1, 2))
    theta_spread = np.ptp(general, axis=1).max(axis=(1, 2))
    zero_state_max = np.abs(zero_state).max(axis=(1, 2, 3))
    flat = np.abs(zero_theta_gradient).max(axis=(1, 2))
    rows = []
    for j, candidate in enumerate(candidates):
        input_independent = bool(input_spread[j] < TOLERANCE)
        theta_independent = bool(theta_spread[j] < TOLERANCE)
        dead = bool(zero_state_max[j] < TOLERANCE)
        rows.append({
            "candidate": candidate.name,
            **{slot: getattr(candidate, slot) for slot in SLOTS},
            "input_independent": input_independent,
            "theta_independent": theta_independent,
            "constant": input_independent and theta_independent,
            "dead_at_zero_state": dead,
            "flat_at_zero_theta": bool(flat[j] < TOLERANCE),
            "kills_update": dead or input_independent,
            "input_spread": float(input_spread[j]),
            "theta_spread": float(theta_spread[j]),
            "zero_state_max": float(zero_state_max[j]),
            "zero_theta_gradient": float(flat[j]),
        })
    return pd.DataFrame(rows, columns=AUDIT_COLUMNS)


def kills_gate(audit: pd.DataFrame, gate: str) -> dict[str, bool]:
    """Candidate name → whether it kills ``gate`` (see the module's text); the derivation's one rule.

    Example:
        >>> audit = pd.DataFrame({"candidate": ["a", "b"], "kills_update": [True, False]})
        >>> kills_gate(audit, "update"), kills_gate(audit, "forget")
        ({'a': True, 'b': False}, {'a': False, 'b': False})
    """
    names = audit["candidate"].astype(str)
    if gate in GATES_A_CANDIDATE_CAN_KILL:
        return dict(zip(names, audit[f"kills_{gate}"].astype(bool), strict=True))
    return dict.fromkeys(names, False)
