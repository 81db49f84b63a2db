"""No artifact can execute code when loaded: no pickle anywhere in ``src/`` or ``conf/`` (SPEC §5).

Checks the files themselves (imports and calls via the AST, YAML and text by pattern) and that
every catalog entry, in every configuration environment, has one of the non-executable types.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "src" / "diffqas_qlstm").rglob("*.py"))
CONFIG = sorted(p for p in (ROOT / "conf").rglob("*") if p.suffix in (".yml", ".yaml"))
PICKLING_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "shelve", "marshal"}
FORBIDDEN_TEXT = re.compile(r"PickleDataset|allow_pickle\s*=\s*True|read_pickle|to_pickle|pickle\.load")
ALLOWED_TYPES = {
    "diffqas_qlstm.datasets.AtomicCSVDataset",
    "diffqas_qlstm.datasets.AtomicJSONDataset",
    "diffqas_qlstm.datasets.AtomicTextDataset",
    "diffqas_qlstm.datasets.AtomicYAMLDataset",  # loads with yaml.safe_load
    "diffqas_qlstm.datasets.AtomicMatplotlibDataset",
    "diffqas_qlstm.datasets.NpzDataset",
    "diffqas_qlstm.datasets.CirqCircuitsDataset",
}
CONTAINERS = {"partitions.PartitionedDataset", "diffqas_qlstm.datasets.OptionalPartitionedDataset"}  # allowed when every partition has an allowed type


def test_there_are_files_to_check() -> None:
    assert len(SOURCES) > 30 and any(p.name.startswith("catalog") for p in CONFIG)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_source_file_imports_pickle_or_loads_with_pickle(path: Path) -> None:
    text = path.read_text()
    assert not FORBIDDEN_TEXT.search(text), FORBIDDEN_TEXT.search(text)
    for node in ast.walk(ast.parse(text, filename=str(path))):
        if isinstance(node, ast.Import):
            names = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names = {(node.module or "").split(".")[0]} | {alias.name for alias in node.names}
        else:
            names = set()
        assert not names & PICKLING_MODULES, f"{path}:{node.lineno} imports {names & PICKLING_MODULES}"
        if isinstance(node, ast.Call) and _is_numpy_load(node.func):
            flags = {k.arg: k.value for k in node.keywords}
            value = flags.get("allow_pickle")
            assert isinstance(value, ast.Constant) and value.value is False, (
                f"{path}:{node.lineno}: np.load without allow_pickle=False"
            )


def _is_numpy_load(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute) and func.attr == "load"
        and isinstance(func.value, ast.Name) and func.value.id in ("np", "numpy")
    )


@pytest.mark.parametrize("path", CONFIG, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_config_file_mentions_pickle(path: Path) -> None:
    text = path.read_text()
    assert "pickle" not in text.lower(), path


def _entries() -> list[tuple[str, str, dict[str, Any]]]:
    entries = []
    for path in CONFIG:
        if not path.name.startswith("catalog"):
            continue
        for name, entry in (yaml.safe_load(path.read_text()) or {}).items():
            if not name.startswith("_"):  # YAML anchors / templates
                entries.append((str(path.relative_to(ROOT)), name, entry))
    return entries


@pytest.mark.parametrize("where, name, entry", _entries(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_catalog_entry_has_a_non_executable_type(where: str, name: str, entry: dict[str, Any]) -> None:
    kind = entry["type"]
    if kind in CONTAINERS:
        inner = entry["dataset"]
        kind = inner["type"] if isinstance(inner, dict) else inner
    assert kind in ALLOWED_TYPES, f"{where}: {name} has type {kind}"


@pytest.mark.parametrize("env", ["base", "paper"])
def test_the_catalog_builds_and_resolves_to_atomic_non_executable_classes(tmp_path: Path, env: str) -> None:
    """Every pattern of an environment's catalog (as Kedro's config loader resolves it),
    instantiated for a run, is one of the allowed classes."""
    from kedro.config import OmegaConfigLoader
    from kedro.io import DataCatalog
    from kedro_datasets.partitions import PartitionedDataset

    from diffqas_qlstm import datasets
    from diffqas_qlstm.settings import CONFIG_LOADER_ARGS

    allowed = tuple(getattr(datasets, kind.rsplit(".", 1)[1]) for kind in ALLOWED_TYPES)
    config = dict(OmegaConfigLoader(conf_source=str(ROOT / "conf"), env=env, **CONFIG_LOADER_ARGS)["catalog"])
    catalog = DataCatalog.from_config(config)
    names = [name.replace("{dataset}", "damped_shm").replace("{model}", "diffqas_nonshared")
             .replace("{seed}", "seed_0").replace("{name}", "bessel") for name in config]
    for name in names:
        dataset = catalog.get(name)
        if isinstance(dataset, PartitionedDataset):
            dataset = dataset._dataset_type(**{**dataset._dataset_config, "filepath": str(tmp_path / "x")})
        assert isinstance(dataset, allowed), f"{name}: {type(dataset).__name__}"
