"""Each series' runs handed to the cross-run nodes as one object, so that Kedro-Viz stays readable.

Kedro-Viz draws a dataset outside a collapsed namespace when a node outside the namespace reads
it, or when no node reads it at all. Every run of the grid writes some twenty artifacts (figures,
circuits, QASM, records), read by the cross-run nodes or by nobody, so all of them used to sit at
the top level: 2135 elements for ``conf/paper`` collapsed. Here one node per series,
``<dataset>.index_runs`` in the ``<dataset>`` namespace, gathers every artifact that its runs hand
out (through one ``<dataset>.<model>.index_runs`` per model) and gives the cross-run nodes one
record, ``<dataset>.runs`` (JSON): per run, what they use
(``summary``, ``metrics``, ``manifest``; ``native_summary`` and ``noise_runs`` as lists of rows for
the single-circuit runs). The top level then holds the series, one namespace per series and the
cross-run reports; reading every artifact is also a check that each run is complete before the
tables are built.

Example:
    >>> from kedro.pipeline import node, pipeline
    >>> runs = [RunSpec("d", "baseline_1", 0)]
    >>> run = pipeline([node(lambda w: (w, w), "windows", ["summary", "loss_plot"], name="train")],
    ...                namespace="d.baseline_1.seed_0", inputs={"windows": "windows_d"})
    >>> report = node(lambda runs: runs, index_name("d"), "table", name="collect")
    >>> whole = with_run_index(run + Pipeline([report]), runs)
    >>> {n.name: sorted(n.inputs)[:2] for n in whole.nodes if n.name.endswith("index_runs")}
    {'d.baseline_1.index_runs': ['d.baseline_1.seed_0.loss_plot', 'd.baseline_1.seed_0.manifest'], 'd.index_runs': ['d.baseline_1.runs']}
    >>> index_runs({"loss": 1.0}, [0.0], names=("d.baseline_1.seed_0.summary", "d.baseline_1.seed_0.loss_plot"))
    {'d.baseline_1.seed_0': {'summary': {'loss': 1.0}}}
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Sequence
from typing import Any

import pandas as pd
from kedro.pipeline import Pipeline, node

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.pipelines.run_nodes import is_single_circuit

RECORDS = ("summary", "metrics", "manifest")
"""What the cross-run nodes use of every run; the index keeps these (other artifacts are only read)."""
SINGLE_CIRCUIT_RECORDS = ("native_summary", "noise_runs")
"""What they use of a single-circuit run besides (robustness: native gate counts, noisy test MSE)."""


def records_of(spec: RunSpec, robustness: bool = True) -> tuple[str, ...]:
    """The records of run ``spec`` its series' index keeps (the robustness ones only with ``robustness``)."""
    return RECORDS + (SINGLE_CIRCUIT_RECORDS if robustness and is_single_circuit(spec) else ())


def index_name(dataset: str) -> str:
    """The in-memory object that hands series ``dataset``'s runs to the cross-run nodes."""
    return f"{dataset}.runs"


def index_runs(*values: Any, names: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``{run: {record: value}}`` of the inputs ``names`` (``<run>.<artifact>``), in input order;
    tables as lists of rows (JSON-ready)."""
    index: dict[str, dict[str, Any]] = {}
    for name, value in zip(names, values, strict=True):
        run, _, artifact = name.rpartition(".")
        entry = index.setdefault(run, {})
        if artifact in RECORDS + SINGLE_CIRCUIT_RECORDS:
            entry[artifact] = value.to_dict("records") if isinstance(value, pd.DataFrame) else value
    return {run: entry for run, entry in index.items() if entry}


def table_of(index_entries: Sequence[dict[str, Any]], record: str) -> pd.DataFrame:
    """The rows of ``record`` (``native_summary`` or ``noise_runs``) of the given index entries."""
    frames = [pd.DataFrame(entry[record]) for entry in index_entries if record in entry]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def datasets_of(runs: Sequence[RunSpec]) -> list[str]:
    """The series of ``runs``, in their order."""
    return list(dict.fromkeys(spec.dataset for spec in runs))


def merge_indexes(*indexes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One index of the given ones (a series' models' indexes), in their order.

    Example:
        >>> merge_indexes({"d.m.seed_0": {"summary": 1}}, {"d.n.seed_0": {"summary": 2}})
        {'d.m.seed_0': {'summary': 1}, 'd.n.seed_0': {'summary': 2}}
    """
    return {run: entry for index in indexes for run, entry in index.items()}


def with_run_index(pipeline: Pipeline, runs: Sequence[RunSpec], *, robustness: bool = True) -> Pipeline:
    """``pipeline`` plus the index nodes of every series whose ``<dataset>.runs`` it reads.

    Two levels, so that each level of Kedro-Viz stays small: ``<dataset>.<model>.index_runs``
    reads everything the model's runs hand out of their namespaces in ``pipeline`` (what no node
    of the run reads) and each run's records (:func:`records_of`), from files where ``pipeline``
    does not write them (``report`` alone reads the runs' summaries), and writes
    ``<dataset>.<model>.runs``; ``<dataset>.index_runs`` merges those into ``<dataset>.runs``.
    The index is the same whichever pipeline writes it; without ``robustness`` it leaves out the
    robustness records (a pipeline that does not compute them).
    """
    nodes = pipeline.nodes
    wanted = {name for n in nodes for name in n.inputs}
    readers: dict[str, list[Any]] = {}
    for n in nodes:
        for name in n.inputs:
            readers.setdefault(name, []).append(n)
    added = []
    for dataset in datasets_of(runs):
        if index_name(dataset) not in wanted:
            continue
        models = list(dict.fromkeys(spec.model for spec in runs if spec.dataset == dataset))
        for model in models:
            group = f"{dataset}.{model}"
            mine = [spec for spec in runs if spec.dataset == dataset and spec.model == model]
            inside = [n for n in nodes if n.namespace and n.namespace.startswith(group + ".")]
            made = {name for n in inside for name in n.outputs}
            read = {name for n in inside for name in n.inputs}
            mine_nodes = {id(n) for n in inside}  # the rest of the pipeline, never built: that sorts all its nodes
            handed_out = (made - read) | {name for name in made if any(id(r) not in mine_nodes for r in readers.get(name, ()))}
            inputs = []
            for spec in mine:
                own = sorted(name for name in handed_out if name.startswith(spec.name + "."))
                inputs += own + [f"{spec.name}.{r}" for r in records_of(spec, robustness) if f"{spec.name}.{r}" not in own]
            gather = functools.update_wrapper(functools.partial(index_runs, names=tuple(inputs)), index_runs)
            added.append(_node(gather, inputs, index_name(group), group, dataset))
        added.append(_node(merge_indexes, [index_name(f"{dataset}.{m}") for m in models], index_name(dataset),
                           dataset, dataset))
    return pipeline + Pipeline(added)


def _node(function: Any, inputs: list[str], output: str, namespace: str, dataset: str) -> Any:
    with warnings.catch_warnings():
        # Reading the runs' namespaced datasets (dotted names) is this node's purpose.
        warnings.filterwarnings("ignore", "One or more dataset names contain '.'", UserWarning)
        return node(function, inputs, output, name="index_runs", namespace=namespace,
                    tags=["report", "results", dataset])
