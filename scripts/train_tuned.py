"""Train each tuned setting of the equal-budget study at the paper protocol over several seeds.

For every ``results/paper/tune/<dataset>/<model>/best_parameters.yml`` (written by
``make tune-paper``) it runs that model on that dataset for the given seeds with the tuned values,
``kedro run --pipeline=runs --env=paper`` with ``--params`` from the fragment, into
``results/paper/tuned/`` (resumable: ``--only-missing-outputs``). The publish step sets these runs
beside the paper-protocol runs of the same seeds.

Example: ``python scripts/train_tuned.py --seeds "0;1;2;3;4"`` (the Makefile's ``train-tuned``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import yaml

from diffqas_qlstm.schema import flatten

TUNE_DIR = Path("results/paper/tune")
TUNED_DIR = "results/paper/tuned"


def tuned_runs(tune_dir: Path = TUNE_DIR) -> list[tuple[str, str, dict[str, object]]]:
    """(dataset, model, train.* values) of every study that has best values."""
    runs = []
    for path in sorted(tune_dir.glob("*/*/best_parameters.yml")):
        values = flatten((yaml.safe_load(path.read_text()) or {}).get("train") or {}, "train.")
        if values:
            runs.append((path.parent.parent.name, path.parent.name, values))
    return runs


def command(dataset: str, model: str, values: dict[str, object], seeds: list[str]) -> list[str]:
    params = ",".join([f"results_dir={TUNED_DIR}", "train.checkpoint_dir=data/06_models/checkpoints_tuned",
                       "runtime.tf_threads.intra_op=1", *(f"{k}={v!r}" for k, v in values.items())])
    namespaces = ",".join(f"{dataset}.{model}.seed_{seed}" for seed in seeds)
    return [str(Path(sys.executable).with_name("kedro")), "run", "--pipeline=runs", "--env=paper",
            f"--namespaces={namespaces}", "--only-missing-outputs", "--params", params]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0;1;2;3;4", help="seeds joined by ';' (default 0;1;2;3;4)")
    parser.add_argument("--studies", default="", help="only these studies, <dataset>.<model> joined by ';' (default all)")
    args = parser.parse_args()
    seeds = [s.strip() for s in args.seeds.split(";") if s.strip()]
    wanted = {s.strip() for s in args.studies.split(";") if s.strip()}
    runs = [run for run in tuned_runs() if not wanted or f"{run[0]}.{run[1]}" in wanted]
    if not runs:
        print(f"No best_parameters.yml under {TUNE_DIR}: run `make tune-paper` first.", file=sys.stderr)
        return 1
    for dataset, model, values in runs:
        print(f"== {dataset}.{model}: {values}", flush=True)
        result = subprocess.run(command(dataset, model, values, seeds), stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
