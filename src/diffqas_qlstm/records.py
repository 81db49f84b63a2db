"""Run records: a run's outputs count as finished only when they belong together (SPEC §8).

Kedro saves a node's outputs one after another, and ``--only-missing-outputs`` asks only whether
each file exists. A crash or a full disk between two saves, a truncated copy, or a re-run whose
inputs changed can leave a run folder whose files exist but do not belong together. So, for every
node of a grid run (``<dataset>.<model>.seed_<n>``), :class:`RunRecordHook` writes
``record_<node>.json`` beside its first output once **all** its outputs are saved: each output's
file (or folder), size and SHA-256, and the SHA-256 of each file it read. Before any node runs
it checks the records of every run the pipeline touches:

- a record whose outputs or inputs no longer match (missing, truncated, replaced, written by
  another run) means the run is incomplete or mixed: with ``--only-missing-outputs`` the node's
  outputs are set aside (renamed ``<name>.incomplete-<time>``, never deleted) so the node runs
  again (training resumes from its checkpoint when that is valid); without it the run stops
  before any node with :class:`IncompleteRunError` naming the run, the node and the files;
- a node whose outputs all exist but have no record (written before records existed) gets one
  for the files as they are.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("x")
    >>> entry = file_entry(folder / "a.txt", folder)
    >>> entry["file"], entry["size"], entry["sha256"][:8]
    ('a.txt', 1, '2d711642')
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kedro.framework.hooks import hook_impl

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.datasets.files import atomic_path
from diffqas_qlstm.fingerprints import NEAR_INPUTS, fingerprint, near_equal

logger = logging.getLogger(__name__)

RECORD_PREFIX = "record_"


class IncompleteRunError(RuntimeError):
    """A run's outputs exist but do not belong together (and ``--only-missing-outputs`` is off)."""


def output_file(catalog: Any, name: str) -> Path | None:
    """The local file or folder catalog entry ``name`` reads or writes (None: in memory, or remote)."""
    resolver = getattr(catalog, "config_resolver", None)
    if resolver is None:
        return None
    config = resolver.config.get(name) or resolver.resolve_pattern(name) or {}
    where = config.get("filepath") or config.get("path")
    return Path(where) if isinstance(where, str) and "://" not in where else None


def _sha256(path: Path) -> tuple[int, str]:
    """(size in bytes, SHA-256) of a file or folder; an ``.npz`` hashes its arrays (names, dtypes,
    shapes, values), since the zip container carries write times."""
    digest = hashlib.sha256()
    if path.suffix == ".npz" and path.is_file():
        import numpy as np

        try:
            with np.load(path, allow_pickle=False) as archive:
                for key in sorted(archive.files):
                    value = np.ascontiguousarray(archive[key])
                    digest.update(f"{key}|{value.dtype}|{value.shape}|".encode() + value.tobytes())
        except Exception:  # unreadable: hash the bytes, which then differ from the record
            digest.update(path.read_bytes())
        return path.stat().st_size, digest.hexdigest()
    if path.is_dir():
        size = 0
        for part in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            data = part.read_bytes()
            digest.update(str(part.relative_to(path)).encode() + b"\0" + data)
            size += len(data)
        return size, digest.hexdigest()
    data = path.read_bytes()
    digest.update(data)
    return len(data), digest.hexdigest()


def file_entry(path: Path, folder: Path) -> dict[str, Any]:
    """``{file, size, sha256}`` of a file or folder (``file`` relative to ``folder`` when inside it)."""
    size, digest = _sha256(path)
    try:
        shown = str(path.resolve().relative_to(folder.resolve()))
    except ValueError:
        shown = str(path.resolve())
    return {"file": shown, "size": size, "sha256": digest}


def _short(node: Any) -> str:
    return node.name.rsplit(".", 1)[-1]


def _files(catalog: Any, names: Iterable[str]) -> dict[str, Path]:
    found = {}
    for name in names:
        if name.startswith("params:") or name == "parameters":
            continue
        path = output_file(catalog, name)
        if path is not None:
            found[name] = path
    return found


def record_path(node: Any, catalog: Any) -> Path | None:
    """Where ``node``'s record lives: beside its first output that is a local file."""
    outputs = _files(catalog, node.outputs)
    if not outputs:
        return None
    return outputs[node.outputs[[n in outputs for n in node.outputs].index(True)]].parent / f"{RECORD_PREFIX}{_short(node)}.json"


def write_record(node: Any, catalog: Any) -> Path | None:
    """Write ``node``'s record for its outputs and inputs as they are now."""
    target = record_path(node, catalog)
    if target is None:
        return None
    folder = target.parent
    outputs = {name: file_entry(path, folder) for name, path in _files(catalog, node.outputs).items() if path.exists()}
    read = {name: path for name, path in _files(catalog, node.inputs).items() if path.exists()}
    inputs = {name: file_entry(path, folder)["sha256"] for name, path in read.items()}
    record = {"run": node.namespace, "node": node.name, "outputs": outputs, "inputs": inputs}
    near = {name: current_fingerprint(path) for name, path in read.items() if _near(name, path)}
    near = {name: print_ for name, print_ in near.items() if print_ is not None}
    if near:
        record["input_fingerprints"] = near
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(record, indent=2, sort_keys=True))
    return target


def record_problems(record: Mapping[str, Any], folder: Path) -> list[str]:
    """What no longer matches in a record: outputs missing or changed, inputs changed."""
    problems = []

    def where(entry_file: str) -> Path:
        path = Path(entry_file)
        return path if path.is_absolute() else folder / path

    for name, entry in record.get("outputs", {}).items():
        path = where(entry["file"])
        if not path.exists():
            problems.append(f"{name} ({path}) is missing")
            continue
        size, digest = _sha256(path)
        if digest != entry["sha256"]:
            problems.append(f"{name} ({path}) is not the file its node wrote ({size} bytes, recorded {entry['size']})")
    return problems


def input_problems(record: Mapping[str, Any], current: Mapping[str, Path]) -> list[str]:
    problems = []
    for name, digest in record.get("inputs", {}).items():
        path = current.get(name)
        if path is not None and path.exists() and not same_input(record, name, digest, path):
            problems.append(f"its input {name} ({path}) changed since it was written")
    return problems


def _near(name: str, path: Path) -> bool:
    return name.startswith(NEAR_INPUTS) and path.suffix == ".npz" and path.is_file()


_FINGERPRINTS: dict[tuple[Path, int, int], dict[str, Any] | None] = {}
_TOLD: set[tuple[str, str]] = set()


def current_fingerprint(path: Path) -> dict[str, Any] | None:
    """:func:`~diffqas_qlstm.fingerprints.fingerprint` of ``path`` as it is now (cached by size and
    time); None when it is not a readable ``.npz``."""
    stat = path.stat()
    key = (path.resolve(), stat.st_size, stat.st_mtime_ns)
    if key not in _FINGERPRINTS:
        try:
            _FINGERPRINTS[key] = fingerprint(path)
        except Exception:  # unreadable: no fingerprint, so only the same bytes are the same input
            _FINGERPRINTS[key] = None
    return _FINGERPRINTS[key]


def same_input(record: Mapping[str, Any], name: str, digest: str, path: Path) -> bool:
    """Whether ``path`` is still the input ``name`` that ``record`` read as ``digest``: the same bytes
    (an ``.npz``: the same arrays), or, for a windows input, the same windows up to the last bits CPUs
    round differently (its recorded fingerprint; :mod:`diffqas_qlstm.fingerprints`), said once per file."""
    here = _sha256(path)[1]
    if here == digest:
        return True
    now = current_fingerprint(path) if _near(name, path) else None
    if now is None or not near_equal(record.get("input_fingerprints", {}).get(name), now):
        return False
    if (name, digest) not in _TOLD:
        _TOLD.add((name, digest))
        logger.info("%s (%s): content hash %s here, %s when recorded; the same windows up to rounding (another "
                    "CPU's last bits), so the same input", name, path, here[:12], digest[:12])
    return True


def set_aside(paths: Iterable[Path]) -> list[Path]:
    """Rename each existing path to ``<name>.incomplete-<UTC time>``; return the new paths."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    moved = []
    for path in paths:
        if path.exists():
            target = path.with_name(f"{path.name}.incomplete-{stamp}")
            path.rename(target)
            moved.append(target)
    return moved


def check_records(pipeline: Any, catalog: Any, *, redo: bool) -> None:
    """Check the record of every grid-run node of ``pipeline`` (see the module's text)."""
    broken = []
    for node in pipeline.nodes:
        if RunSpec.from_name(node.namespace) is None:
            continue
        target = record_path(node, catalog)
        if target is None:
            continue
        outputs = _files(catalog, node.outputs)
        if not target.exists():
            if outputs and all(p.exists() for p in outputs.values()):
                write_record(node, catalog)  # written before records existed: taken as it is
            continue
        record = json.loads(target.read_text())
        problems = record_problems(record, target.parent) + input_problems(record, _files(catalog, node.inputs))
        if problems:
            broken.append((node, outputs, target, problems))
    broken += _broken_producers(pipeline, catalog)
    if not broken:
        return
    if not redo or any(node is None for node, _, _, _ in broken):
        lines = [f"{record_name(node, target)}: " + "; ".join(problems) for node, _, target, problems in broken]
        raise IncompleteRunError(
            "The outputs of these runs do not belong together (a crash between saves, a truncated or "
            "replaced file, or inputs that changed):\n  " + "\n  ".join(lines)
            + "\nRun the pipeline that writes them (e.g. --pipeline=train) with --only-missing-outputs to set "
            "them aside and redo those nodes.")
    for node, outputs, target, problems in broken:
        moved = set_aside([*outputs.values(), target])
        logger.warning("%s: %s; set aside %s, the node runs again", node.name, "; ".join(problems),
                       ", ".join(str(m) for m in moved))


def record_name(node: Any, target: Path) -> str:
    """``<run> (<node>)`` for a message, from the node or, outside the pipeline, its record."""
    if node is not None:
        return f"{node.namespace} ({_short(node)})"
    record = json.loads(target.read_text())
    return f"{record.get('run')} ({str(record.get('node', '?')).rsplit('.', 1)[-1]})"


def _broken_producers(pipeline: Any, catalog: Any) -> list[tuple[Any, dict, Path, list[str]]]:
    """Records of nodes outside ``pipeline`` that wrote what its grid-run nodes read, when broken."""
    inside = {node.name for node in pipeline.nodes}
    read: dict[Path, set[str]] = {}
    for node in pipeline.nodes:
        if RunSpec.from_name(node.namespace) is None:
            continue
        for name, path in _files(catalog, node.inputs).items():
            read.setdefault(path.parent, set()).add(name)
    broken = []
    for folder, names in read.items():
        if not folder.is_dir():
            continue
        for target in sorted(folder.glob(f"{RECORD_PREFIX}*.json")):
            record = json.loads(target.read_text())
            if record.get("node") in inside or not names & set(record.get("outputs", {})):
                continue
            problems = record_problems(record, folder)
            if problems:
                broken.append((None, {}, target, problems))
    return broken


class RunRecordHook:
    """Writes each grid-run node's record once all its outputs are saved, and checks the records
    before the first node (see the module's text). Register it in ``settings.py``."""

    def __init__(self) -> None:
        self._catalog: Any = None
        self._saved: dict[str, set[str]] = {}

    @hook_impl
    def before_pipeline_run(self, run_params: dict[str, Any], pipeline: Any, catalog: Any) -> None:
        check_records(pipeline, catalog, redo=bool(run_params.get("only_missing_outputs")))

    @hook_impl
    def before_node_run(self, node: Any, catalog: Any) -> None:
        self._catalog = catalog
        self._saved[node.name] = set()

    @hook_impl
    def after_dataset_saved(self, dataset_name: str, data: Any, node: Any) -> None:
        if node is None or RunSpec.from_name(node.namespace) is None or self._catalog is None:
            return
        saved = self._saved.setdefault(node.name, set())
        saved.add(dataset_name)
        if saved >= set(node.outputs):
            self._saved.pop(node.name, None)
            write_record(node, self._catalog)
