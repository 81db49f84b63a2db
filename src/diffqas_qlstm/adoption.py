"""Adopting a re-derivation label as the grid's derivation (``make adopt-rederivation``).

A re-derivation label (``<results folder>/rederive/<label>/``, ``make rederive-*``) holds, per run,
the outputs of the derivation's choosing nodes (tag ``derive_choice``: the search-space audit, the
candidate ranking, the derived model and its summary) and their records, made from the grid's own
ensembles. When the configured derive settings become the label's, re-deriving every grid run would
repeat that work; adopting the label instead:

1. checks every run of the label: its ensemble is a grid run of the pipeline, and its derived
   summary was written with the derive settings configured now (:func:`settings_differences`) —
   any mismatch stops the adoption before a file is touched, naming the run, the setting, the
   label's value and the configured one; and every grid run the label leaves out must already have
   been derived so (:func:`grid_summaries`), or the grid would mix two derivations; and every file
   the label's derivations read from outside themselves (the run's ensemble, the dataset's windows)
   must be here as they read it (:func:`changed_inputs`), or recomputing would re-train or re-derive
   those runs instead (the records set their outputs aside);
2. per run, keeps the grid's derivation under another label if asked (``keep_dir``), removes what the grid computed from its old derivation — the outputs (and records) of
   every node downstream of the choosing nodes: circuits, OpenQASM, predictions, metrics, the
   native-gate compilation and the noisy evaluation — and copies the label's files into the run's
   folder, each written whole (a temporary file, then renamed);
   A run whose files already equal the label's was adopted before and is left alone, so an
   adoption interrupted anywhere can simply run again;
3. leaves the recomputation to ``kedro run ... --only-missing-outputs``: ``Adopted.removed_nodes``
   says which nodes of which run lost outputs, so ``scripts/adopt_rederivation.py`` recomputes
   exactly what the grid had (a run never evaluated under noise stays so).

Example:
    >>> from diffqas_qlstm.config import DeriveConfig, ModelConfig
    >>> summary = {"run": "d.diffqas_nonshared.seed_0", "method": "validated", "retrain_epochs": 100,
    ...            "retrain_lr_schedule": "constant",
    ...            "selection": {"fresh_start": "never", "shortlist_epochs": 20, "validation_fraction": 0.2}}
    >>> mismatches({"d.diffqas_nonshared.seed_0": summary}, DeriveConfig(retrain_epochs=100, fresh_start="final"),
    ...            ModelConfig(arch_weights="linear"), "constant")
    ['d.diffqas_nonshared.seed_0: derive.fresh_start is never in the label, final configured']
"""

from __future__ import annotations

import filecmp
import json
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diffqas_qlstm.config import SAMPLED_FORMS, DeriveConfig, ModelConfig, RunSpec, TrainConfig
from diffqas_qlstm.config.recorded import settings_differences
from diffqas_qlstm.datasets.files import atomic_path
from diffqas_qlstm.model.variants import arch_weights_of
from diffqas_qlstm.records import RECORD_PREFIX, file_entry, output_file, record_path, same_input

CHOICE_TAG = "derive_choice"
"""The tag of the derivation's choosing nodes, whose outputs a label holds."""


@dataclass(frozen=True)
class Adopted:
    """What an adoption did: the runs adopted now (not those adopted before), the files copied in,
    the grid outputs removed, and per run the nodes whose outputs were removed (what to recompute)."""

    runs: list[str]
    copied: list[Path]
    removed: list[Path]
    removed_nodes: dict[str, list[str]]


def label_summaries(label_dir: Path) -> dict[str, dict[str, Any]]:
    """Run name → derived summary of every run folder under ``label_dir`` (``<dataset>/<model>/seed_<n>``)."""
    found = {}
    for path in sorted(label_dir.glob("*/*/seed_*/derived_summary.json")):
        summary = json.loads(path.read_text())
        found[summary["run"]] = summary
    return found


def mismatches(summaries: Mapping[str, Mapping[str, Any]], derive: DeriveConfig, model: ModelConfig,
               lr_schedule: str, where: str = "the label") -> list[str]:
    """Every (run, setting) whose summary differs from the configured ``derive`` block (``model``:
    ``train.model``, which says which runs are sampled searches; ``lr_schedule``: the training's;
    ``where``: whose summaries they are, for the message)."""
    problems = []
    for run, summary in sorted(summaries.items()):
        spec = RunSpec.from_name(run)
        sampled = spec is not None and arch_weights_of(spec.model, model) in SAMPLED_FORMS
        for key, (theirs, ours) in settings_differences(summary, derive, lr_schedule, sampled=sampled).items():
            problems.append(f"{run}: derive.{key} is {theirs} in {where}, {ours} configured")
    return problems


def grid_summaries(runs: Iterable[str], catalog: Any) -> dict[str, dict[str, Any]]:
    """Run name → the grid's derived summary (the catalog's ``<run>.derived_summary`` file) of each
    of ``runs`` that has one."""
    found = {}
    for run in sorted(runs):
        path = output_file(catalog, f"{run}.derived_summary")
        if path is not None and path.is_file():
            found[run] = json.loads(path.read_text())
    return found


def changed_inputs(label_dir: Path, runs: Iterable[str], catalog: Any) -> list[str]:
    """One line per file that the label's derivations of ``runs`` read from outside themselves (its
    records' inputs that no node of the label wrote: the run's ensemble, the dataset's windows) and
    that is missing here or no longer what they read, with how many runs read it."""
    digests: dict[Path, str] = {}
    readers: dict[tuple[str, Path, str], list[str]] = {}
    for run in sorted(runs):
        spec = RunSpec.from_name(run)
        folder = label_dir / spec.dataset / spec.model / f"seed_{spec.seed}"
        records = [json.loads(path.read_text()) for path in sorted(folder.glob(f"{RECORD_PREFIX}*.json"))]
        made = {name for record in records for name in record.get("outputs", {})}
        for record in records:
            for name, digest in record.get("inputs", {}).items():
                path = output_file(catalog, name)
                if name in made or path is None:
                    continue
                if path not in digests:
                    digests[path] = file_entry(path, path.parent)["sha256"] if path.exists() else ""
                if digests[path] != digest and not (path.exists() and same_input(record, name, digest, path)):
                    readers.setdefault((name, path, digest), []).append(run)
    lines = []
    for (name, path, digest), which in sorted(readers.items(), key=lambda item: (item[0][0], item[0][2])):
        here = f"content hash {digests[path][:12]} here" if digests[path] else "missing here"
        lines.append(f"{name} ({path}): {here}, {digest[:12]} when {len(which)} of the label's runs read it "
                     f"(e.g. {which[0]})")
    return lines


def downstream_nodes(nodes: Iterable[Any], run: str) -> list[Any]:
    """``run``'s nodes (of ``nodes``: every registered pipeline's) that read, directly or not, an
    output of its choosing nodes — what the grid computed from its derivation."""
    nodes = [node for node in nodes if node.namespace == run]
    made = {name for node in nodes if CHOICE_TAG in node.tags for name in node.outputs}
    found: dict[str, Any] = {}
    changed = True
    while changed:  # nodes in any order: follow the data until nothing new depends on it
        changed = False
        for node in nodes:
            if CHOICE_TAG in node.tags or node.name in found or not made & set(node.inputs):
                continue
            found[node.name] = node
            made |= set(node.outputs)
            changed = True
    return list(found.values())


def node_files(node: Any, catalog: Any) -> list[Path]:
    """The local files (or folders) of ``node``'s outputs and its record."""
    paths = [path for name in node.outputs if (path := output_file(catalog, name)) is not None]
    record = record_path(node, catalog)
    return paths + ([record] if record is not None else [])


def downstream_outputs(nodes: Iterable[Any], catalog: Any, run: str) -> list[Path]:
    """The local files (and records) of :func:`downstream_nodes`."""
    return sorted({path for node in downstream_nodes(nodes, run) for path in node_files(node, catalog)})


def adopt(label_dir: Path, nodes: Iterable[Any], catalog: Any, derive: DeriveConfig, train: TrainConfig,
          keep_dir: Path | None = None) -> Adopted:
    """Adopt the label at ``label_dir`` into the grid folders ``catalog`` names (see the module);
    ``nodes``: the nodes of every registered pipeline (a name may repeat across pipelines);
    ``keep_dir``: a label folder that keeps the grid's replaced derivation (its files of the names
    the label brings), so the document can still set the two derivations side by side."""
    summaries = label_summaries(label_dir)
    if not summaries:
        raise ValueError(f"{label_dir} holds no derived run (<dataset>/<model>/seed_<n>/derived_summary.json)")
    nodes = list({node.name: node for node in nodes}.values())
    grid_runs = {node.namespace for node in nodes if CHOICE_TAG in node.tags}
    problems = [f"{run}: no such grid run in the pipeline" for run in sorted(summaries) if run not in grid_runs]
    problems += mismatches(summaries, derive, train.model, train.training.lr_schedule)
    if problems:
        raise ValueError(f"{label_dir} was not derived with the configured derive settings (conf/*/parameters_derive.yml); "
                         "nothing was adopted:\n  " + "\n  ".join(problems))
    left = mismatches(grid_summaries(grid_runs - set(summaries), catalog), derive, train.model,
                      train.training.lr_schedule, where="the grid")
    if left:
        raise ValueError(f"{label_dir} leaves {len({line.split(':')[0] for line in left})} grid runs derived with other "
                         "settings than the configured ones (conf/*/parameters_derive.yml), so the grid would mix two "
                         "derivations; derive them into the label too (--only-missing-outputs), or configure their "
                         "settings. Nothing was adopted:\n  " + "\n  ".join(left))
    changed = changed_inputs(label_dir, summaries, catalog)
    if changed:
        raise ValueError(f"{label_dir}'s derivations read files that are not here as they read them; recomputing the "
                         "grid from the label would re-train or re-derive those runs instead (their records set the "
                         "outputs aside). Nothing was adopted:\n  " + "\n  ".join(changed) + "\nGenerate missing "
                         "series and windows first (kedro run --pipeline=data_generation, then --pipeline=windowing, "
                         "with the grid's --env). A series that data_generation integrates (an ODE, a simulated "
                         "qubit) can differ in its last bits between CPUs: adopt on a machine whose generated "
                         "windows are the grid's.")
    adopted, copied, removed = [], [], []
    removed_nodes: dict[str, list[str]] = {}
    for run in sorted(summaries):
        spec = RunSpec.from_name(run)
        source = label_dir / spec.dataset / spec.model / f"seed_{spec.seed}"
        target = output_file(catalog, f"{run}.derived_summary")
        if target is None:
            raise ValueError(f"{run}.derived_summary is not a local file in the catalog: nowhere to adopt it to")
        files = sorted(p for p in source.iterdir() if p.is_file())
        if all((target.parent / p.name).is_file() and filecmp.cmp(p, target.parent / p.name, shallow=False) for p in files):
            continue  # adopted before (an adoption run again after an interruption): its recomputed outputs stay
        adopted.append(run)
        if keep_dir is not None:
            kept = keep_dir / spec.dataset / spec.model / f"seed_{spec.seed}"
            for path in files:
                if (old := target.parent / path.name).is_file():
                    with atomic_path(kept / path.name) as tmp:
                        shutil.copyfile(old, tmp)
        for node in downstream_nodes(nodes, run):
            existed = [path for path in node_files(node, catalog) if path.exists()]
            for path in existed:
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            removed += existed
            if existed:
                removed_nodes.setdefault(run, []).append(node.name)
        for path in files:
            destination = target.parent / path.name
            with atomic_path(destination) as tmp:
                shutil.copyfile(path, tmp)
            copied.append(destination)
    return Adopted(adopted, copied, removed, removed_nodes)


__all__ = ["CHOICE_TAG", "Adopted", "adopt", "changed_inputs", "downstream_nodes", "downstream_outputs", "grid_summaries", "label_summaries",
           "mismatches", "node_files"]
