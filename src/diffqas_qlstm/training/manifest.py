"""Run manifests: what produced a run's numbers, saved beside its results.

The *protocol* part (everything that changes the numbers except the seed and the simulator
backend, which agree to 1e-5) must match between runs that are compared in one table.
"""

from __future__ import annotations

import os
import platform
import subprocess
from collections.abc import Mapping
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from diffqas_qlstm.config import TrainConfig, WindowingConfig
from diffqas_qlstm.schema import flatten

PACKAGES = (
    "diffqas_qlstm",
    "tensorflow",
    "tf-keras",
    "tensorflow-quantum",
    "cirq-core",
    "numpy",
    "sympy",
    "kedro",
)


def package_versions() -> dict[str, str | None]:
    """Installed versions of the packages that decide the numbers (None if absent)."""
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def git_commit(path: Path | str = ".") -> str | None:
    """The checked-out commit (with ``+dirty`` if the tree has changes), or None outside git."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=path, capture_output=True, text=True, timeout=10, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=path, capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return commit + ("+dirty" if dirty else "")


def tf_threads() -> dict[str, int | None]:
    """TensorFlow's intra-op and inter-op thread counts in this process: what ``tf.config.threading``
    was set to, else what ``TF_NUM_INTRAOP_THREADS`` / ``TF_NUM_INTEROP_THREADS`` say, else None
    (TensorFlow's default, one per core). A chaotic run's float rounding depends on the thread split.

    Example:
        >>> sorted(tf_threads())
        ['inter_op', 'intra_op']
    """
    import tensorflow as tf

    out: dict[str, int | None] = {}
    for name, getter, variable in (
        ("intra_op", tf.config.threading.get_intra_op_parallelism_threads, "TF_NUM_INTRAOP_THREADS"),
        ("inter_op", tf.config.threading.get_inter_op_parallelism_threads, "TF_NUM_INTEROP_THREADS"),
    ):
        value = getter()
        if not value:
            try:
                value = int(os.environ.get(variable, ""))
            except ValueError:
                value = None
        out[name] = value if value and value > 0 else None
    return out


def simd() -> list[str] | None:
    """The SIMD extensions NumPy dispatches to on this CPU (e.g. ``AVX2``, ``AVX512_SKX``): its
    float64 math, and so a series that data_generation integrates, can differ in the last bits
    between CPUs with and without AVX-512. None where NumPy does not say.

    Example:
        >>> features = simd()
        >>> features is None or all(isinstance(f, str) for f in features)
        True
    """
    try:
        from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
    except ImportError:
        return None
    return [feature for feature in __cpu_dispatch__ if __cpu_features__.get(feature)]


def machine() -> dict[str, Any]:
    """The machine a run ran on: CPU model, logical cores, OS (wall-clock times depend on it),
    TensorFlow's threads (:func:`tf_threads`) and NumPy's SIMD extensions (:func:`simd`).

    Example:
        >>> sorted(machine())
        ['cores', 'cpu', 'platform', 'simd', 'tf_threads']
    """
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "platform": platform.platform(terse=True), "tf_threads": tf_threads(),
            "simd": simd()}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# How expectations are simulated, not what is computed: backends agree to 1e-5 (tests/simulate).
SIMULATOR_SETTINGS = ("backend", "tfq_differentiator", "precision")

# DiffQAS settings added for the exploration of issue 12; at these values the model is the paper's
# form, and the protocol leaves them out, so runs made before the settings existed compare equal.
PAPER_FORM = {"arch_init": None, "arch_lr_scale": 1.0, "gdas_tau_max": 10.0, "gdas_tau_min": 0.1,
              "init_perturbation": 0.0, "reinforce_baseline": "leave_one_out"}


def protocol(train: TrainConfig, windowing: WindowingConfig) -> dict[str, Any]:
    """The settings that must agree between runs compared in one table.

    Example:
        >>> from diffqas_qlstm.config import TrainConfig, WindowingConfig
        >>> train = TrainConfig.parse({"grid": {"datasets": "bessel", "models": "constant", "seeds": 0},
        ...                            "training": {"epochs": 3}}, "train")
        >>> p = protocol(train, WindowingConfig(window=4, train_fraction=0.5, scaler_fit="series"))
        >>> p["model"]["depth"], p["training"]["epochs"], "backend" in p["model"], p["windowing"]["window"]
        (5, 3, False, 4)
    """
    plain = train.to_parameters()
    model = {
        k: v
        for k, v in plain["model"].items()
        if k not in SIMULATOR_SETTINGS and not (k in PAPER_FORM and v == PAPER_FORM[k])
    }
    training = {
        k: v
        for k, v in plain["training"].items()
        if k not in ("progress_bar", "resume", "eval_batch_size") and not (k == "lr_schedule" and v == "constant")
    }
    return {
        "model": model,
        "search_space": plain["search_space"],
        "training": training,
        "windowing": windowing.to_parameters(),
    }


def run_manifest(
    run: str,
    seed: int,
    train: TrainConfig,
    windowing: WindowingConfig,
    *,
    started: str,
    ended: str,
) -> dict[str, Any]:
    """The manifest of one run (JSON-ready)."""
    return {
        "run": run,
        "seed": seed,
        "backend": train.model.backend,
        "tfq_differentiator": train.model.tfq_differentiator,
        "precision": train.model.precision,
        "protocol": protocol(train, windowing),
        "parameters": {"train": train.to_parameters(), "windowing": windowing.to_parameters()},
        "packages": package_versions(),
        "python": platform.python_version(),
        "machine": machine(),
        "git_commit": git_commit(),
        "started": started,
        "ended": ended,
    }


def protocol_differences(manifests: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Describe where runs' protocols disagree: ``[]`` when they all match.

    Example:
        >>> protocol_differences({"a": {"protocol": {"training": {"epochs": 3}}},
        ...                       "b": {"protocol": {"training": {"epochs": 5}}}})
        ['training.epochs: 3 (a) vs 5 (b)']
    """
    items = list(manifests.items())
    if len(items) < 2:
        return []
    flat = {name: flatten(m.get("protocol", {})) for name, m in items}
    reference_name, reference = items[0][0], flat[items[0][0]]
    problems = []
    for name, values in flat.items():
        for key in sorted(set(reference) | set(values)):
            if reference.get(key) != values.get(key):
                problems.append(f"{key}: {reference.get(key)!r} ({reference_name}) vs {values.get(key)!r} ({name})")
    return problems


class ProtocolMismatchError(ValueError):
    """Runs whose manifests disagree on the protocol were to be compared in one table."""


def require_same_protocol(manifests: Mapping[str, Mapping[str, Any]]) -> None:
    """Raise :class:`ProtocolMismatchError` naming the runs and settings where protocols differ.

    Seeds and simulator backends may differ; every other setting that changes the numbers
    (model, search space, training, windowing) must agree.

    Example:
        >>> require_same_protocol({"a": {"protocol": {"training": {"epochs": 3}}},
        ...                        "b": {"protocol": {"training": {"epochs": 3}}}})
        >>> require_same_protocol({"a": {"protocol": {"training": {"epochs": 3}}},
        ...                        "b": {"protocol": {"training": {"epochs": 5}}}})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        diffqas_qlstm.training.manifest.ProtocolMismatchError: Runs a, b cannot share one results table: ... training.epochs: 3 (a) vs 5 (b). ...
    """
    differences = protocol_differences(manifests)
    if not differences:
        return
    names = list(manifests)
    reference = names[0]
    differing = [
        name for name in names[1:]
        if protocol_differences({reference: manifests[reference], name: manifests[name]})
    ]
    raise ProtocolMismatchError(
        f"Runs {', '.join([reference, *differing])} cannot share one results table: their manifests "
        f"disagree on the protocol: {'; '.join(differences)}. Re-run them with the same settings "
        "(seeds and backends may differ), or report them separately."
    )
