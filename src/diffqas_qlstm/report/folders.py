"""The groups of a results folder, told apart by their path prefix.

``results/paper/`` holds the grid (``<dataset>/<model>/seed_<n>/``) and, beside it, runs of other
kinds: the TFQ check, the exploration, the ground truth, the rerun band, the tuned settings and
derivations by another method. Kedro's ``PartitionedDataset`` gives every file under the folder by its path; these
functions split those partitions into the groups.

Example:
    >>> group_of("explore/arch_lr_x10/narma5/diffqas_nonshared/seed_0")
    ('explore/arch_lr_x10', 'narma5/diffqas_nonshared/seed_0')
    >>> sorted(split({"bessel/constant/seed_0": 1, "ground_truth/bessel/uniform_H-Rx-ring-Rx/seed_0": 2,
    ...               "rederive/same_method/bessel/diffqas_nonshared/seed_0": 3}))
    ['grid', 'ground_truth', 'rederive/same_method']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from diffqas_qlstm.schema import flatten

CHECK_PREFIX = "tfq_check/"
"""Runs under ``<results folder>/tfq_check/`` re-run one grid run on the TFQ backend (a check)."""
EXPLORE_PREFIX = "explore/"
"""Runs under ``<results folder>/explore/<label>/`` change one DiffQAS setting (the exploration)."""
GROUND_TRUTH_PREFIX = "ground_truth/"
"""Runs under ``<results folder>/ground_truth/`` train every candidate alone (``make ground-truth``)."""
TUNED_PREFIX = "tuned/"
"""Runs under ``<results folder>/tuned/`` train a tuned setting over seeds (``make train-tuned``)."""
RERUN_PREFIX = "rerun/"
"""Runs under ``<results folder>/rerun/<label>/`` re-run grid runs with one change (``make rerun-band``)."""
REDERIVE_PREFIX = "rederive/"
"""Derivations under ``<results folder>/rederive/<label>/`` derive grid ensembles again with the grid's
settings or one derive setting changed (``make rederive-band``): the derivation's rerun band."""
SCHEDULE_PREFIX = "schedule/"
"""Runs under ``<results folder>/schedule/<label>/`` train baselines with the training setting of the
re-derivation ``rederive/<label>/`` (``make rederive-cosine``), to compare like with like."""
DERIVE_PREFIX = "derive_"
"""Derivations under ``<results folder>/derive_<method>/`` re-derive the grid's ensembles by another
``derive.method`` (e.g. the paper's ``magnitude``), beside the grid's own."""


def group_of(key: str) -> tuple[str, str]:
    """(group, run key): ``grid``, ``tfq_check``, ``ground_truth``, ``tuned``, ``rerun/<label>``, ``explore/<label>``,
    ``rederive/<label>``, ``schedule/<label>`` or ``derive/<method>``, and the rest of the path."""
    if key.startswith(CHECK_PREFIX):
        return "tfq_check", key.removeprefix(CHECK_PREFIX)
    if key.startswith(TUNED_PREFIX):
        return "tuned", key.removeprefix(TUNED_PREFIX)
    if key.startswith(GROUND_TRUTH_PREFIX):
        return "ground_truth", key.removeprefix(GROUND_TRUTH_PREFIX)
    if key.startswith(RERUN_PREFIX):
        label, _, rest = key.removeprefix(RERUN_PREFIX).partition("/")
        return f"rerun/{label}", rest
    if key.startswith(REDERIVE_PREFIX):
        label, _, rest = key.removeprefix(REDERIVE_PREFIX).partition("/")
        return f"rederive/{label}", rest
    if key.startswith(SCHEDULE_PREFIX):
        label, _, rest = key.removeprefix(SCHEDULE_PREFIX).partition("/")
        return f"schedule/{label}", rest
    if key.startswith(DERIVE_PREFIX):
        method, _, rest = key.removeprefix(DERIVE_PREFIX).partition("/")
        return f"derive/{method}", rest
    if key.startswith(EXPLORE_PREFIX):
        label, _, rest = key.removeprefix(EXPLORE_PREFIX).partition("/")
        return f"explore/{label}", rest
    return "grid", key


def split(partitions: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for key, value in partitions.items():
        group, rest = group_of(key)
        groups.setdefault(group, {})[rest] = value
    return groups


def loaded(partitions: Mapping[str, Any]) -> dict[str, Any]:
    """Kedro's lazy partitions loaded once (the histories are read for two columns)."""
    return {key: value() if callable(value) else value for key, value in partitions.items()}


def first(manifests: Mapping[str, Any]) -> dict[str, Any]:
    value = manifests[min(manifests)]
    return dict(value() if callable(value) else value)


def changed_settings(grid: Mapping[str, Any], group: Mapping[str, Any]) -> str:
    """Where an exploration group's protocol differs from the grid's, e.g. ``model.arch_lr_scale: 10.0``."""
    if not grid or not group:
        return "?"
    reference = flatten(first(grid).get("protocol", {}))
    mine = flatten(first(group).get("protocol", {}))
    changed = [k for k in sorted(set(reference) | set(mine)) if reference.get(k) != mine.get(k)]
    return ", ".join(f"`{k}: {mine.get(k)}`" for k in changed) or "none"


def derivations(derived: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """method → run folder → derived summary: the grid's own (its configured method) and every
    ``derive_<method>/`` folder's."""
    out: dict[str, dict[str, Any]] = {}
    for group, summaries in derived.items():
        if group == "grid":
            for key, value in summaries.items():
                record = dict(value() if callable(value) else value)
                out.setdefault(record.get("method", "magnitude"), {})[key] = record
        elif group.startswith("derive/"):
            out.setdefault(group.removeprefix("derive/"), {}).update(summaries)
    return out


def first_audit(audits: Mapping[str, Any]) -> pd.DataFrame | None:
    """The search-space audit of the grid's first run that has one (every run's is the same table)."""
    grid = sorted(key for key in audits if group_of(key)[0] == "grid")
    if not grid:
        return None
    value = audits[grid[0]]
    return value() if callable(value) else value
