"""Epoch-time benchmark of the QLSTM training step (not a test: prints one JSON object).

Paper shape: damped_shm, batch 10, window 4, hidden 5 (6 qubits), depth 5, 36 candidates.

    python bench/epoch_time.py                       # everything (tens of minutes)
    python bench/epoch_time.py --only tfq --repeats 3
    python bench/epoch_time.py --only statevector,fused,classical_lstm --no-scaling

Keys:
- ``tfq``: ``epoch_s`` (one training epoch of ``diffqas_nonshared``), ``bare_op_s`` (the bare TFQ
  ``Expectation`` forward + adjoint backward over exactly the rows that epoch simulates) and
  ``overhead_ratio`` = epoch_s / bare_op_s;
- ``statevector``, ``fused``: ``epoch_s``; ``classical_lstm``: ``epoch_s``;
  ``speedup_statevector_vs_tfq`` = tfq.epoch_s / statevector.epoch_s,
  ``speedup_fused_vs_statevector``, ``speedup_fused_vs_tfq`` likewise;
- ``by_candidates`` / ``by_qubits`` / ``by_depth``: epoch seconds per backend against the number
  of candidates, of qubits (via hidden size) and of variational layers;
- ``fused_per_row_us``: the fused backend's microseconds per row (forward + adjoint backward,
  all threads) for 40 … 4320 rows of the paper-shape circuits, and ``fused_per_row_spread`` = max/min;
- ``peak_rss_mb``: per backend, the peak resident memory of a fresh process that trains one
  paper-shape epoch (``baseline_mb``: the same process after imports and data, before the model).
Timings are the median of ``--repeats`` timed repeats after one warm-up, all in this process;
the memory figures come from one child process per backend.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from typing import Any

import diffqas_qlstm  # noqa: F401  (sets TF_USE_LEGACY_KERAS before TensorFlow)
import numpy as np
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace, build_circuits, circuit_symbols, readout_operators
from diffqas_qlstm.config import ModelConfig, parse_series
from diffqas_qlstm.model import QuantumLSTM, build_model
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.series.kinds import raw_table
from diffqas_qlstm.series.windowing import windows_for_dataset
from diffqas_qlstm.training import TrainingConfig, make_optimizer, make_train_step, seed_everything

PAPER = {"hidden_size": 5, "depth": 5, "batch_size": 10, "window": 4}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def damped_shm_windows() -> dict[str, np.ndarray]:
    params = load_parameters("base")
    frame = raw_table(parse_series(params["data_generation"])["damped_shm"])
    return windows_for_dataset(frame, window=PAPER["window"])


def batches(n: int, size: int) -> list[tuple[int, int]]:
    return [(s, min(s + size, n)) for s in range(0, n, size)]


def median_time(fn, repeats: int) -> float:
    started = time.perf_counter()
    fn()  # warm-up: tracing, first-call allocations
    if repeats == 0:
        return time.perf_counter() - started
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
    depth: int = PAPER["depth"],
) -> float:
    """Median seconds of one training epoch (every training batch, in order); ``repeats=0`` runs
    one epoch and returns its time."""
    seed_everything(0)
    if model_name == "diffqas_nonshared":
        model = QuantumLSTM(
            SearchSpace.default().candidates()[:n_candidates],
            hidden_size=hidden_size,
            depth=depth,
            backend=backend,
            seed=0,
        )
    else:
        model = build_model(model_name, ModelConfig(hidden_size=hidden_size), SearchSpace.default(), seed=0)
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


def fused_per_row_microseconds(repeats: int) -> dict[str, float]:
    """Fused backend alone (forward + adjoint backward), µs per row, for the row layouts of real
    calls: 40 rows = a hand-designed baseline at batch 10 (10 × 4 gates × 1 circuit); 144, 432,
    1440, 4320 = the 36-candidate ensemble at batch 1, 3, 10, 30 (b × 4 gates × 36 circuits)."""
    from diffqas_qlstm.simulate.fused_backend import FusedBackend

    n_qubits = PAPER["hidden_size"] + 1
    candidates = SearchSpace.default().candidates()
    symbols = circuit_symbols(n_qubits, PAPER["depth"])
    operators = readout_operators(n_qubits, PAPER["hidden_size"])
    rng = np.random.default_rng(0)
    out = {}
    for batch, n_circuits in ((10, 1), (1, 36), (3, 36), (10, 36), (30, 36)):
        backend = FusedBackend(build_circuits(candidates[:n_circuits], n_qubits, PAPER["depth"]), symbols, operators)
        ids = np.tile(np.arange(n_circuits), batch * 4)
        rows = len(ids)
        values = rng.uniform(-1, 1, (rows, len(symbols))).astype(np.float32)
        upstream = np.ones((rows, PAPER["hidden_size"]), np.float32)

        def call() -> None:
            _, state_re, state_im = backend.forward_numpy(ids, values)
            backend.backward_numpy(ids, values, state_re, state_im, upstream)

        inner = max(1, 4320 // rows)
        out[str(rows)] = median_time(lambda: [call() for _ in range(inner)], repeats) / (inner * rows) * 1e6
    return out


def _status_mb(field: str) -> float:
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def peak_memory_child(backend: str) -> None:
    """Child process: train one paper-shape epoch on ``backend``; print the resident memory before
    the model (``baseline_mb``), the peak during model building and the epoch (``peak_mb``; Linux:
    the high-water mark is reset through ``/proc/self/clear_refs`` first) and their difference."""
    windows = damped_shm_windows()
    baseline = _status_mb("VmRSS")
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # reset VmHWM to the current RSS
    epoch_seconds("diffqas_nonshared", windows, backend=backend, hidden_size=PAPER["hidden_size"],
                  n_candidates=36, repeats=0, depth=PAPER["depth"])
    peak = _status_mb("VmHWM")
    print(json.dumps({"baseline_mb": baseline, "peak_mb": peak, "extra_mb": peak - baseline}))


def peak_memory(backend: str) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, __file__, "--peak-memory-child", backend], capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="tfq,statevector,fused,classical_lstm",
                        help="comma list of: tfq, statevector, fused, classical_lstm")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-scaling", action="store_true", help="skip by_candidates / by_qubits")
    parser.add_argument("--candidates", default="1,6,12,36")
    parser.add_argument("--qubits", default="4,6,8,10")
    parser.add_argument("--qubits-candidates", type=int, default=6,
                        help="candidates used for the by_qubits sweep (36 at 10 qubits is slow on TFQ)")
    parser.add_argument("--depths", default="1,3,5,8")
    parser.add_argument("--depth-candidates", type=int, default=6,
                        help="candidates used for the by_depth sweep")
    parser.add_argument("--no-memory", action="store_true", help="skip peak_rss_mb")
    parser.add_argument("--peak-memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.peak_memory_child:
        peak_memory_child(args.peak_memory_child)
        return {}
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
    if "fused" in wanted:
        log("fused: epoch …")
        result["fused"] = {
            "epoch_s": epoch_seconds("diffqas_nonshared", windows, backend="fused",
                                     hidden_size=hidden, n_candidates=n, repeats=args.repeats)
        }
        log("fused: per-row cost …")
        per_row = fused_per_row_microseconds(args.repeats)
        result["fused_per_row_us"] = per_row
        result["fused_per_row_spread"] = max(per_row.values()) / min(per_row.values())
    if "classical_lstm" in wanted:
        log("classical_lstm: epoch …")
        result["classical_lstm"] = {
            "epoch_s": epoch_seconds("classical_lstm", windows, backend="tfq", hidden_size=hidden,
                                     n_candidates=1, repeats=args.repeats)
        }
    if "tfq" in result and "statevector" in result:
        result["speedup_statevector_vs_tfq"] = result["tfq"]["epoch_s"] / result["statevector"]["epoch_s"]
    for fast in ("statevector", "tfq"):
        if "fused" in result and fast in result:
            result[f"speedup_fused_vs_{fast}"] = result[fast]["epoch_s"] / result["fused"]["epoch_s"]
    backends = [b for b in ("tfq", "statevector", "fused") if b in wanted]
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
        result["by_depth"] = {b: {} for b in backends}
        result["by_depth_candidates"] = args.depth_candidates
        for depth in [int(d) for d in args.depths.split(",")]:
            for b in backends:
                log(f"by_depth: {b} depth={depth} …")
                result["by_depth"][b][str(depth)] = epoch_seconds(
                    "diffqas_nonshared", windows, backend=b, hidden_size=hidden,
                    n_candidates=args.depth_candidates, repeats=args.repeats, depth=depth)
    if not args.no_memory and backends:
        result["peak_rss_mb"] = {}
        for b in backends:
            log(f"peak memory: {b} …")
            result["peak_rss_mb"][b] = peak_memory(b)
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
