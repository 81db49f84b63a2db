"""Search cost per epoch: the sampled searches (diffqas_gdas, diffqas_reinforce) against the ensemble (prints JSON).

Paper shape (damped_shm, batch 10, window 4, hidden 5, depth 5, the 36 candidates), one training
epoch (every batch, in order, forward and backward) of ``diffqas_nonshared``, ``diffqas_gdas`` and
``diffqas_reinforce`` (with its leave-one-out baseline, and with the greedy baseline, one more
forward pass of the argmax circuits per step) on the same backend, side by side in this process;
the median of ``--repeats`` after one warm-up. Not a test.

    python bench/gdas_epoch.py --backend fused --repeats 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import diffqas_qlstm  # noqa: F401  (sets TF_USE_LEGACY_KERAS before TensorFlow)
import numpy as np
import tensorflow as tf

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.config import ModelConfig, parse_series
from diffqas_qlstm.model import build_model
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.series.kinds import raw_table
from diffqas_qlstm.series.windowing import windows_for_dataset
from diffqas_qlstm.training import TrainingConfig, make_optimizer, make_train_step, seed_everything
from diffqas_qlstm.training.manifest import machine


def epoch_seconds(name: str, windows: dict[str, np.ndarray], backend: str, repeats: int, **settings) -> float:
    seed_everything(0)
    config = ModelConfig(hidden_size=5, depth=5, backend=backend, **settings)
    model = build_model(name, config, SearchSpace.default(), seed=0)
    step = make_train_step(model, make_optimizer(TrainingConfig()), window=4)
    x, y = tf.constant(windows["x_train"], tf.float32), tf.constant(windows["y_train"], tf.float32)
    spans = [(s, min(s + 10, len(x))) for s in range(0, len(x), 10)]
    times = []
    for _ in range(repeats + 1):
        started = time.perf_counter()
        for start, stop in spans:
            step(x[start:stop], y[start:stop]).numpy()
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:])


def main() -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="fused")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--windows", type=int, default=None,
                        help="time an epoch over the first this many training windows only (default: all of them)")
    args = parser.parse_args()
    series = parse_series(load_parameters("base")["data_generation"])["damped_shm"]
    windows = windows_for_dataset(raw_table(series), window=4)
    if args.windows is not None:
        windows = {**windows, "x_train": windows["x_train"][:args.windows], "y_train": windows["y_train"][:args.windows]}
    ensemble = epoch_seconds("diffqas_nonshared", windows, args.backend, args.repeats)
    gdas = epoch_seconds("diffqas_gdas", windows, args.backend, args.repeats)
    reinforce = epoch_seconds("diffqas_reinforce", windows, args.backend, args.repeats)
    greedy = epoch_seconds("diffqas_reinforce", windows, args.backend, args.repeats, reinforce_baseline="greedy")
    result = {"machine": machine(), "training_windows": len(windows["x_train"]),
              "backend": args.backend, "repeats": args.repeats, "diffqas_nonshared_epoch_s": ensemble,
              "diffqas_gdas_epoch_s": gdas, "speedup_gdas_vs_ensemble": ensemble / gdas,
              "diffqas_reinforce_epoch_s": reinforce, "speedup_reinforce_vs_ensemble": ensemble / reinforce,
              "diffqas_reinforce_greedy_epoch_s": greedy, "speedup_reinforce_greedy_vs_ensemble": ensemble / greedy}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
