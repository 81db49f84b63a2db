"""Adopt a re-derivation label as the grid's derivation (see :mod:`diffqas_qlstm.adoption`).

Checks that every run under ``results/paper/rederive/<label>/`` was derived with the derive settings
configured for the paper environment, copies its derivation into the grid's run folders, removes
what the grid computed from the old one, then recomputes exactly that: per pipeline (``derive``,
``evaluate``, ``robustness``) ``kedro run --only-missing-outputs`` over the runs whose outputs of
that pipeline were removed — a run the grid never evaluated under noise stays so. The runs to
recompute are kept in ``data/adoption/<label>.json`` until their pipeline has finished, so the
command may simply run again after an interruption (runs adopted before are left alone).

Example: ``python scripts/adopt_rederivation.py --label fresh_final --keep-as ensemble_start``
(``make adopt-rederivation LABEL=fresh_final KEEP_AS=ensemble_start``). Another results folder
whose runs were made with other settings (a rerun band's label) gives them as ``--params``, as
``kedro run`` takes them: ``--results results/paper/rerun/threads_2 --label current --params
runtime.tf_threads.intra_op=2`` (``make rerun-band-derive``); they apply to the check and to every
recomputation.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from kedro.framework.project import pipelines
from kedro.framework.session import KedroSession
from kedro.framework.startup import bootstrap_project
from omegaconf import OmegaConf

from diffqas_qlstm.adoption import adopt
from diffqas_qlstm.config import typed

RECOMPUTED = ("derive", "evaluate", "robustness")
"""The pipelines whose nodes an adoption can leave without outputs, in the order they recompute."""

PARALLEL = "--runner=diffqas_qlstm.runners.RunByRunParallelRunner"


def pending(nodes_by_pipeline: dict[str, set[str]], removed_nodes: dict[str, list[str]]) -> dict[str, list[str]]:
    """Pipeline → the runs that lost outputs of its nodes."""
    return {name: sorted(run for run, removed in removed_nodes.items() if set(removed) & nodes_by_pipeline[name])
            for name in RECOMPUTED}


def todo_path(results: str, label: str) -> Path:
    """Where an adoption keeps the runs still to recompute: ``data/adoption/<label>.json`` for the
    grid, with the results folder in the name for another (a label name may repeat across folders).

    Example:
        >>> todo_path("results/paper", "restarts4").as_posix(), todo_path("results/paper/rerun/threads_2", "current").as_posix()
        ('data/adoption/restarts4.json', 'data/adoption/results_paper_rerun_threads_2.current.json')
    """
    name = label if Path(results) == Path("results/paper") else f"{'_'.join(Path(results).parts)}.{label}"
    return Path("data") / "adoption" / f"{name}.json"


def runtime_params(text: str) -> dict:
    """``kedro run --params`` text (``key.sub=value,...``) as the nested runtime parameters Kedro
    makes of it (values typed as YAML); empty text: none.

    Example:
        >>> runtime_params("train.model.backend=statevector,train.model.precision=double")
        {'train': {'model': {'backend': 'statevector', 'precision': 'double'}}}
    """
    items = [item.strip() for item in text.split(",") if item.strip()]
    bad = [item for item in items if "=" not in item or not item.split("=", 1)[0].strip()]
    if bad:
        raise ValueError(f"--params takes key=value items separated by commas; not so: {', '.join(bad)}")
    return OmegaConf.to_container(OmegaConf.from_dotlist(items)) if items else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True, help="the folder under <results>/rederive/ to adopt")
    parser.add_argument("--results", default="results/paper", help="the results folder (default results/paper)")
    parser.add_argument("--keep-as", default="", help="a label under <results>/rederive/ to keep the grid's replaced "
                        "derivation in (default: not kept; git still has it)")
    parser.add_argument("--env", default="paper", help="the Kedro environment whose settings must match (default paper)")
    parser.add_argument("--params", default="", help="runtime parameters the results folder's runs were made with, "
                        "as kedro run --params takes them (key.sub=value,...); used for the check and every recomputation")
    args = parser.parse_args()
    try:
        extra = runtime_params(args.params)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    label_dir = Path(args.results) / "rederive" / args.label
    if not label_dir.is_dir():
        print(f"No re-derivation label at {label_dir}.", file=sys.stderr)
        return 1
    todo_file = todo_path(args.results, args.label)
    todo = json.loads(todo_file.read_text()) if todo_file.exists() else {name: [] for name in RECOMPUTED}
    bootstrap_project(Path.cwd())
    with KedroSession.create(env=args.env, runtime_params={"results_dir": args.results} | extra) as session:
        context = session.load_context()
        derive, train = typed("derive", context.params["derive"]), typed("train", context.params["train"])
        nodes = [node for pipeline in pipelines.values() for node in pipeline.nodes]
        by_pipeline = {name: {node.name for node in pipelines[name].nodes} for name in RECOMPUTED}
        try:
            keep_dir = Path(args.results) / "rederive" / args.keep_as if args.keep_as else None
            done = adopt(label_dir, nodes, context.catalog, derive, train, keep_dir)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 1
    for name, runs in pending(by_pipeline, done.removed_nodes).items():
        todo[name] = sorted(set(todo.get(name, [])) | set(runs))
    todo_file.parent.mkdir(parents=True, exist_ok=True)
    todo_file.write_text(json.dumps(todo, indent=2))
    print(f"Adopted {len(done.runs)} runs from {label_dir} (the others were adopted before): {len(done.copied)} "
          f"files copied in, {len(done.removed)} outputs of the old derivation removed.", flush=True)
    kedro = str(Path(sys.executable).with_name("kedro"))
    for name in RECOMPUTED:
        if not todo[name]:
            continue
        print(f"== recomputing {name} for {len(todo[name])} runs", flush=True)
        command = [kedro, "run", f"--pipeline={name}", f"--env={args.env}", f"--namespaces={','.join(todo[name])}",
                   "--only-missing-outputs", *([] if name == "evaluate" else [PARALLEL])]
        given = ([f"results_dir={args.results}"] if args.results != "results/paper" else []) + ([args.params] if extra else [])
        if given:
            command += ["--params", ",".join(given)]
        if subprocess.run(command, stdin=subprocess.DEVNULL).returncode != 0:
            print(f"kedro run --pipeline={name} failed; run this command again to go on.", file=sys.stderr)
            return 1
        todo[name] = []
        todo_file.write_text(json.dumps(todo, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
