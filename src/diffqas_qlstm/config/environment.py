"""The active Kedro configuration: its environment, its parameters, the grid they make.

Kedro builds pipelines before parameters are handed to nodes, but the grid of runs
(datasets x models x seeds) decides which nodes exist. This module loads the parameters of
the active configuration environment with Kedro's own ``OmegaConfigLoader`` so that
``register_pipelines`` sees exactly what ``kedro run --env=...`` will pass to the nodes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diffqas_qlstm.config import RunSpec

GRID_RESULTS = "results/paper"
"""The paper grid's results folder (``results_dir``'s default in ``conf/paper``)."""


def scoped_data(root: str, folder: str) -> str:
    """The ``data/`` folder for a run's files that are not committed (Cirq JSON, figures, native
    circuits) when its committed outputs go to the results folder ``folder``: ``root`` itself for the
    grid's (:data:`GRID_RESULTS`), ``root/<folder>`` for any other (a rerun band's label, an explore
    label, a re-derivation), so a run written elsewhere never replaces the grid's files there. The
    catalog's ``${scoped_data:data/06_models, ${runtime_params:results_dir, results/paper}}``.

    Example:
        >>> scoped_data("data/06_models", "results/paper"), scoped_data("data/06_models", "results/paper/rerun/threads_2")
        ('data/06_models', 'data/06_models/results/paper/rerun/threads_2')
    """
    inner = str(folder).strip().strip("/")
    return root if inner == GRID_RESULTS else f"{root.rstrip('/')}/{inner}"


CONFIG_LOADER_ARGS = {
    "base_env": "base",
    "default_run_env": "local",
    "merge_strategy": {"parameters": "soft"},
    "custom_resolvers": {"scoped_data": scoped_data},
}
"""Kedro's config loader settings (``settings.py`` takes them from here). Parameters merge softly
across environments: conf/local/ and conf/paper/ hold only the keys that differ from conf/base/
(a list, e.g. train.grid.seeds, is replaced whole). ``scoped_data``: :func:`scoped_data`."""

_active_env: str | None = None
_project_path: Path | None = None
_runtime_params: dict[str, Any] = {}


def set_active_env(
    env: str | None, project_path: Path | str | None = None, runtime_params: dict[str, Any] | None = None
) -> None:
    """Record the environment and ``--params`` of the current Kedro session (called by a hook)."""
    global _active_env, _project_path, _runtime_params
    _active_env = env
    if project_path is not None:
        _project_path = Path(project_path)
    _runtime_params = dict(runtime_params or {})


def active_env() -> str:
    """The active environment: the session's, else ``KEDRO_ENV``, else ``local``."""
    return _active_env or os.environ.get("KEDRO_ENV") or "local"


def project_path() -> Path:
    """The project root (the folder holding ``pyproject.toml`` and ``conf/``)."""
    if _project_path is not None:
        return _project_path
    here = Path.cwd()
    for candidate in (here, *here.parents):
        if (candidate / "conf" / "base").is_dir() and (candidate / "pyproject.toml").is_file():
            return candidate
    return Path(__file__).resolve().parents[3]


def load_parameters(env: str | None = None) -> dict[str, Any]:
    """All parameters of ``env`` (default: the active one) merged softly over ``base``, with the
    session's ``--params`` on top when ``env`` is the active one (so they shape the grid too).

    Example:
        >>> load_parameters("base")["train"]["grid"]["seeds"]
        [0, 1]
    """
    from kedro.config import OmegaConfigLoader

    env = env or active_env()
    loader = OmegaConfigLoader(
        conf_source=str(project_path() / "conf"),
        env=env,
        runtime_params=_runtime_params if env == active_env() else {},
        **CONFIG_LOADER_ARGS,
    )
    return dict(loader["parameters"])



def configured_runs(env: str | None = None) -> list[RunSpec]:
    """The runs of ``train.grid`` of the active environment (command-line overrides included):
    the pipelines are built from them.

    Example:
        >>> [run.name for run in configured_runs("base")][:1]
        ['damped_shm.diffqas_nonshared.seed_0']
    """
    from diffqas_qlstm.config import GridConfig

    return GridConfig.parse(dict(load_parameters(env).get("train") or {}).get("grid"), "train.grid").runs


def catalog_parameters(catalog: Any) -> dict[str, Any]:
    """All parameters a Kedro catalog holds: its ``parameters`` entry, else its ``params:<block>`` ones.

    Example:
        >>> from kedro.io import DataCatalog
        >>> catalog = DataCatalog()
        >>> catalog["params:report"] = {"digits": 2}
        >>> catalog_parameters(catalog)
        {'report': {'digits': 2}}
    """
    if "parameters" in catalog:
        return dict(catalog.load("parameters"))
    names = [name for name in catalog.keys() if name.startswith("params:") and "." not in name]
    return {name.removeprefix("params:"): catalog.load(name) for name in names}
