"""Adopt a re-derivation label as the grid's derivation (see :mod:`diffqas_qlstm.adoption`).

Checks that every run under ``results/paper/rederive/<label>/`` was derived with the derive settings
configured for the paper environment, then copies its derivation into the grid's run folders and
removes what the grid computed from the old one; ``make adopt-rederivation`` then recomputes those
outputs with ``kedro run ... --only-missing-outputs``. Runs adopted before are left alone, so it may
run again after an interruption.

Example: ``python scripts/adopt_rederivation.py --label fresh_final --keep-as ensemble_start``.
"""

from __future__ import annotations

import argparse
import functools
import operator
import sys
from pathlib import Path

from kedro.framework.project import pipelines
from kedro.framework.session import KedroSession
from kedro.framework.startup import bootstrap_project

from diffqas_qlstm.adoption import adopt
from diffqas_qlstm.config import typed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True, help="the folder under <results>/rederive/ to adopt")
    parser.add_argument("--results", default="results/paper", help="the results folder (default results/paper)")
    parser.add_argument("--keep-as", default="", help="a label under <results>/rederive/ to keep the grid's replaced "
                        "derivation in (default: not kept; git still has it)")
    parser.add_argument("--env", default="paper", help="the Kedro environment whose settings must match (default paper)")
    args = parser.parse_args()
    label_dir = Path(args.results) / "rederive" / args.label
    if not label_dir.is_dir():
        print(f"No re-derivation label at {label_dir}.", file=sys.stderr)
        return 1
    bootstrap_project(Path.cwd())
    with KedroSession.create(env=args.env, runtime_params={"results_dir": args.results}) as session:
        context = session.load_context()
        derive, train = typed("derive", context.params["derive"]), typed("train", context.params["train"])
        pipeline = functools.reduce(operator.add, pipelines.values())
        try:
            keep_dir = Path(args.results) / "rederive" / args.keep_as if args.keep_as else None
            done = adopt(label_dir, pipeline, context.catalog, derive, train, keep_dir)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 1
    print(f"Adopted {len(done.runs)} runs from {label_dir} (the others were adopted before): {len(done.copied)} "
          f"files copied in, {len(done.removed)} outputs of the old derivation removed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
