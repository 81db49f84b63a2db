"""Our statevector backend against tensorcircuit-ng on one paper-shape training step (prints JSON).

Why this exists: before writing :mod:`diffqas_qlstm.simulate.statevector_backend` we checked
whether a maintained TensorFlow simulator does the job. This script keeps that comparison
repeatable. It is not a test and tensorcircuit-ng is not a dependency of the project:

    pip install tensorcircuit-ng            # into the project's environment, or a throw-away one
    python bench/tensorcircuit_compare.py                  # 36 candidates (tensorcircuit compiles
                                                           # one function per circuit: minutes)
    python bench/tensorcircuit_compare.py --candidates 6   # quick

Workload: one backend call at the paper shape, i.e. the rows of one time step of a training batch
(batch 10 × 4 QLSTM gates × N candidates, 6 qubits, depth 5, 5 ⟨Z⟩ readouts; a training step makes
one such call per window position): forward values and the gradient of their sum with respect to
every row's symbol values. Both simulators build their circuits from the same Cirq
candidate circuits; tensorcircuit-ng runs on its TensorFlow backend, one ``jit(vectorized value
and grad)`` per candidate circuit (its ``Circuit`` fixes the gate structure at trace time).

Keys: ``statevector`` / ``tensorcircuit``: ``step_s`` (median over ``--repeats`` after warm-up) and
``first_call_s`` (tracing and compilation included); ``max_abs_diff``: values and gradients of the
two, which shows both are exact; ``speedup_statevector_vs_tensorcircuit`` = ratio of ``step_s``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from typing import Any

import diffqas_qlstm  # noqa: F401  (sets TF_USE_LEGACY_KERAS before TensorFlow)
import cirq
import numpy as np
import sympy
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace, build_circuits, circuit_symbols, readout_operators
from diffqas_qlstm.simulate import make_backend

SHAPE = {"hidden_size": 5, "depth": 5, "batch_size": 10, "gates": 4}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _timed(fn, repeats: int) -> tuple[float, float]:
    """(first call seconds, median of ``repeats`` later calls)."""
    started = time.perf_counter()
    fn()
    first = time.perf_counter() - started
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return first, statistics.median(times)


def _tensorcircuit_function(circuit: cirq.Circuit, symbols: list[sympy.Symbol], operators, n_qubits: int):
    """``f(values [n_symbols]) -> sum of readouts`` for one Cirq circuit, gate by gate in tensorcircuit."""
    import tensorcircuit as tc

    column = {s: i for i, s in enumerate(symbols)}
    rotations = {cirq.Rx: "rx", cirq.Ry: "ry", cirq.Rz: "rz"}
    fixed = {cirq.H: "h", cirq.CNOT: "cnot", cirq.CZ: "cz"}
    steps: list[tuple[str, tuple[int, ...], tuple[float, int] | None]] = []
    for op in circuit.all_operations():
        wires = tuple(q.x for q in op.qubits)
        if type(op.gate) in rotations:
            coefficient, symbol = sympy.sympify(op.gate._rads).as_coeff_Mul()
            steps.append((rotations[type(op.gate)], wires, (float(coefficient), column[symbol])))
        elif op.gate in fixed:
            steps.append((fixed[op.gate], wires, None))
        else:
            raise ValueError(f"No tensorcircuit translation for {op!r}")
    readouts = []
    for op in operators:
        (term,) = [op] if isinstance(op, cirq.PauliString) else list(op)
        (qubit, pauli), = term.items()
        readouts.append((str(pauli).lower(), qubit.x, float(np.real(term.coefficient))))

    def total(values):
        c = tc.Circuit(n_qubits)
        for name, wires, angle in steps:
            if angle is None:
                getattr(c, name)(*wires)
            else:
                getattr(c, name)(*wires, theta=angle[0] * values[angle[1]])
        return sum(w * tc.backend.real(c.expectation_ps(**{p: [q]})) for p, q, w in readouts)

    return total


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=36, help="first N candidates of the search space")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    try:
        import tensorcircuit as tc
    except ImportError:
        parser.exit(2, "tensorcircuit-ng is not installed: pip install tensorcircuit-ng\n")
    tc.set_backend("tensorflow")
    tc.set_dtype("complex64")
    tf.get_logger().setLevel("ERROR")  # one tf.function per circuit is intended: no retracing warnings

    n_qubits = SHAPE["hidden_size"] + 1
    candidates = SearchSpace.default().candidates()[: args.candidates]
    circuits = build_circuits(candidates, n_qubits, SHAPE["depth"])
    symbols = circuit_symbols(n_qubits, SHAPE["depth"])
    operators = readout_operators(n_qubits, SHAPE["hidden_size"])
    rows_per_circuit = SHAPE["batch_size"] * SHAPE["gates"]
    rng = np.random.default_rng(0)
    ids = np.repeat(np.arange(len(circuits), dtype=np.int32), rows_per_circuit)
    values = rng.uniform(-np.pi, np.pi, (len(ids), len(symbols))).astype(np.float32)
    result: dict[str, Any] = {
        "shape": {**SHAPE, "qubits": n_qubits, "candidates": len(circuits), "rows": len(ids)},
        "repeats": args.repeats,
        "tensorcircuit_version": tc.__version__,
    }

    log("statevector …")
    backend = make_backend("statevector", circuits, symbols, operators)

    @tf.function
    def ours(ids, values):
        with tf.GradientTape() as tape:
            tape.watch(values)
            out = tf.reduce_sum(backend(ids, values), axis=1)
        return out, tape.gradient(out, values)

    ids_t, values_t = tf.constant(ids), tf.constant(values)
    first, step = _timed(lambda: [t.numpy() for t in ours(ids_t, values_t)], args.repeats)
    result["statevector"] = {"step_s": step, "first_call_s": first}
    ours_values, ours_grads = (t.numpy() for t in ours(ids_t, values_t))

    log(f"tensorcircuit-ng: compiling {len(circuits)} circuit functions …")
    functions = [
        tc.backend.jit(tc.backend.vectorized_value_and_grad(_tensorcircuit_function(c, symbols, operators, n_qubits)))
        for c in circuits
    ]
    blocks = [tf.constant(values[ids == k]) for k in range(len(circuits))]

    def theirs():
        return [tuple(t.numpy() for t in f(block)) for f, block in zip(functions, blocks)]

    first, step = _timed(theirs, args.repeats)
    result["tensorcircuit"] = {"step_s": step, "first_call_s": first}
    outputs = theirs()
    tc_values = np.concatenate([v for v, _ in outputs])
    tc_grads = np.concatenate([g for _, g in outputs])
    result["max_abs_diff"] = {
        "values": float(np.abs(tc_values - ours_values).max()),
        "gradients": float(np.abs(tc_grads - ours_grads).max()),
    }
    result["speedup_statevector_vs_tensorcircuit"] = result["tensorcircuit"]["step_s"] / result["statevector"]["step_s"]
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
