"""Epoch-time benchmark of the QLSTM training step (not a test: prints one JSON object).

Paper shape: damped_shm, batch 10, window 4, hidden 5 (6 qubits), depth 5, 36 candidates.

    python bench/epoch_time.py                       # everything (tens of minutes)
    python bench/epoch_time.py --only tfq --repeats 3
    python bench/epoch_time.py --only statevector,classical_lstm --no-scaling

Keys:
- ``tfq``: ``epoch_s`` (one training epoch of ``diffqas_nonshared``), ``bare_op_s`` (the bare TFQ
  ``Expectation`` forward + adjoint backward over exactly the rows that epoch simulates) and
  ``overhead_ratio`` = epoch_s / bare_op_s;
- ``statevector``: ``epoch_s``; ``classical_lstm``: ``epoch_s``;
  ``speedup_statevector_vs_tfq`` = tfq.epoch_s / statevector.epoch_s;
- ``by_candidates`` / ``by_qubits``: epoch seconds per backend against the number of candidates
  and of qubits (via hidden size).
Every figure is the median of ``--repeats`` timed repeats after one warm-up, all in this process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from typing import Any

import diffqas_qlstm  # noqa: F401  (sets TF_USE_LEGACY_KERAS before TensorFlow)
import numpy as np
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace, build_circuits, circuit_symbols, readout_operators
from diffqas_qlstm.model import QuantumLSTM, build_model
from diffqas_qlstm.project_config import load_parameters
from diffqas_qlstm.series.raw import raw_series
from diffqas_qlstm.series.windowing import windows_for_dataset
from diffqas_qlstm.training import TrainingConfig, make_optimizer, make_train_step, seed_everything

PAPER = {"hidden_size": 5, "depth": 5, "batch_size": 10, "window": 4}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def damped_shm_windows() -> dict[str, np.ndarray]:
    params = load_parameters("base")
    frame = raw_series("damped_shm", params["data_generation"])
    return windows_for_dataset("damped_shm", frame, window=PAPER["window"])


def batches(n: int, size: int) -> list[tuple[int, int]]:
    return [(s, min(s + size, n)) for s in range(0, n, size)]


def median_time(fn, repeats: int) -> float:
    fn()  # warm-up: tracing, first-call allocations
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def epoch_seconds(
    model_name: str,
    windows: dict[str, np.ndarray],
    *,
    backend: str,
    hidden_size: int,
    n_candidates: int,
    repeats: int,
) -> float:
    """Median seconds of one training epoch (every training batch, in order)."""
    seed_everything(0)
    if model_name == "diffqas_nonshared":
        model = QuantumLSTM(
            SearchSpace.default().candidates()[:n_candidates],
            hidden_size=hidden_size,
            depth=PAPER["depth"],
            backend=backend,
            seed=0,
        )
    else:
        model = build_model(model_name, {"hidden_size": hidden_size}, SearchSpace.default(), seed=0)
    step = make_train_step(model, make_optimizer(TrainingConfig()), window=PAPER["window"])
    x = tf.constant(windows["x_train"], tf.float32)
    y = tf.constant(windows["y_train"], tf.float32)
    spans = batches(len(windows["x_train"]), PAPER["batch_size"])

    def epoch() -> None:
        for start, stop in spans:
            step(x[start:stop], y[start:stop]).numpy()

    return median_time(epoch, repeats)


def bare_tfq_seconds(windows: dict[str, np.ndarray], repeats: int) -> float:
    """The TFQ op alone (forward + adjoint backward) over the rows of one paper-shape epoch."""
    import tensorflow_quantum as tfq

    n_qubits = PAPER["hidden_size"] + 1
    space = SearchSpace.default()
    circuits = build_circuits(space.candidates(), n_qubits, PAPER["depth"])
    symbols = circuit_symbols(n_qubits, PAPER["depth"])
    operators = readout_operators(n_qubits, PAPER["hidden_size"])
    layer = tfq.layers.Expectation(differentiator=tfq.differentiators.Adjoint())
    circuit_tensor = tfq.convert_to_tensor(circuits)
    names = [str(s) for s in symbols]
    ops_tensor = tfq.convert_to_tensor([operators])
    rng = np.random.default_rng(0)
    calls = []
    for start, stop in batches(len(windows["x_train"]), PAPER["batch_size"]):
        rows = (stop - start) * 4 * len(circuits)
        ids = np.tile(np.arange(len(circuits)), (stop - start) * 4)
        for _ in range(PAPER["window"]):
            calls.append(
                (
                    tf.gather(circuit_tensor, ids),
                    tf.Variable(rng.uniform(-1, 1, (rows, len(names))).astype(np.float32)),
                    tf.tile(ops_tensor, [rows, 1]),
                )
            )

    def run_all() -> None:
        for programs, values, ops in calls:
            with tf.GradientTape() as tape:
                out = layer(programs, symbol_names=names, symbol_values=values, operators=ops)
                total = tf.reduce_sum(out)
            tape.gradient(total, values).numpy()

    return median_time(run_all, repeats)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="tfq,statevector,classical_lstm",
                        help="comma list of: tfq, statevector, classical_lstm")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-scaling", action="store_true", help="skip by_candidates / by_qubits")
    parser.add_argument("--candidates", default="1,6,12,36")
    parser.add_argument("--qubits", default="4,6,8,10")
    parser.add_argument("--qubits-candidates", type=int, default=6,
                        help="candidates used for the by_qubits sweep (36 at 10 qubits is slow on TFQ)")
    args = parser.parse_args(argv)
    wanted = {w.strip() for w in args.only.split(",") if w.strip()}
    windows = damped_shm_windows()
    result: dict[str, Any] = {
        "shape": {**PAPER, "dataset": "damped_shm", "candidates": 36,
                  "train_windows": int(len(windows["x_train"]))},
        "repeats": args.repeats,
    }
    hidden, n = PAPER["hidden_size"], 36
    if "tfq" in wanted:
        log("tfq: epoch …")
        epoch_s = epoch_seconds("diffqas_nonshared", windows, backend="tfq", hidden_size=hidden,
                                n_candidates=n, repeats=args.repeats)
        log("tfq: bare op …")
        bare = bare_tfq_seconds(windows, args.repeats)
        result["tfq"] = {"epoch_s": epoch_s, "bare_op_s": bare, "overhead_ratio": epoch_s / bare}
    if "statevector" in wanted:
        log("statevector: epoch …")
        result["statevector"] = {
            "epoch_s": epoch_seconds("diffqas_nonshared", windows, backend="statevector",
                                     hidden_size=hidden, n_candidates=n, repeats=args.repeats)
        }
    if "classical_lstm" in wanted:
        log("classical_lstm: epoch …")
        result["classical_lstm"] = {
            "epoch_s": epoch_seconds("classical_lstm", windows, backend="tfq", hidden_size=hidden,
                                     n_candidates=1, repeats=args.repeats)
        }
    if "tfq" in result and "statevector" in result:
        result["speedup_statevector_vs_tfq"] = result["tfq"]["epoch_s"] / result["statevector"]["epoch_s"]
    backends = [b for b in ("tfq", "statevector") if b in wanted]
    if not args.no_scaling and backends:
        result["by_candidates"] = {b: {} for b in backends}
        for count in [int(c) for c in args.candidates.split(",")]:
            for b in backends:
                log(f"by_candidates: {b} N={count} …")
                result["by_candidates"][b][str(count)] = epoch_seconds(
                    "diffqas_nonshared", windows, backend=b, hidden_size=hidden,
                    n_candidates=count, repeats=args.repeats)
        result["by_qubits"] = {b: {} for b in backends}
        result["by_qubits_candidates"] = args.qubits_candidates
        for qubits in [int(q) for q in args.qubits.split(",")]:
            for b in backends:
                log(f"by_qubits: {b} qubits={qubits} …")
                result["by_qubits"][b][str(qubits)] = epoch_seconds(
                    "diffqas_nonshared", windows, backend=b, hidden_size=qubits - 1,
                    n_candidates=args.qubits_candidates, repeats=args.repeats)
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
