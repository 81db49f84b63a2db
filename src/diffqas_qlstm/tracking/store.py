"""Where tracked runs go: the MLflow store, and the variables that carry it to worker processes.

Example:
    >>> default_store("/work/project")
    'sqlite:////work/project/mlflow.db'
    >>> exported = ExportedVariables()
    >>> exported.set("DIFFQAS_EXAMPLE_VAR", "1"); os.environ["DIFFQAS_EXAMPLE_VAR"]
    '1'
    >>> exported.restore(); "DIFFQAS_EXAMPLE_VAR" in os.environ
    False
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

PARENT_VAR = "DIFFQAS_MLFLOW_PARENT_RUN_ID"
"""Set while a tracked pipeline runs: the kedro run's MLflow run, parent of the grid runs."""
TRACKING_URI_VAR = "MLFLOW_TRACKING_URI"
POOL_VAR = "MLFLOW_SQLALCHEMYSTORE_POOLCLASS"
DEFAULT_STORE = "mlflow.db"
MLFLOW_EXTRA = 'pip install -e ".[mlflow]"'


class ExportedVariables:
    """Environment variables set for this session's worker processes, restored when it ends."""

    def __init__(self) -> None:
        self._former: dict[str, str | None] = {}

    def set(self, name: str, value: str, *, replace: bool = True) -> None:
        """Set ``name`` (only where unset unless ``replace``), remembering its former value once."""
        if name not in self._former:
            self._former[name] = os.environ.get(name)
        if replace or not os.environ.get(name):
            os.environ[name] = value

    def restore(self) -> None:
        for name, value in self._former.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._former.clear()


def default_store(project_path: Path | str) -> str:
    """The tracking URI when neither mlflow.yml nor ``MLFLOW_TRACKING_URI`` sets one.

    Example:
        >>> default_store("/work/project")
        'sqlite:////work/project/mlflow.db'
    """
    return f"sqlite:///{Path(project_path).resolve() / DEFAULT_STORE}"


class LazyMlflowConfig:
    """``context.mlflow`` while tracking is off: kedro-mlflow's configuration (``mlflow.yml``, the
    store resolved as when tracking is on), read on first use only, so a run imports nothing of
    MLflow and creates no store, while ``kedro mlflow ui`` opens the project's store."""

    def __init__(self, context: Any) -> None:
        self._context = context
        self._config: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._config is None:
            from kedro.config import MissingConfigException
            from kedro_mlflow.config.kedro_mlflow_config import KedroMlflowConfig, _validate_uri

            loader = self._context.config_loader
            loader.config_patterns.setdefault("mlflow", ["mlflow*", "mlflow*/**", "**/mlflow*"])
            try:
                raw = loader["mlflow"]
            except MissingConfigException:
                raw = {}
            config = KedroMlflowConfig.model_validate(raw)
            uri = (config.server.mlflow_tracking_uri or os.environ.get(TRACKING_URI_VAR)
                   or default_store(self._context.project_path))
            config.server.mlflow_tracking_uri = _validate_uri(self._context.project_path, uri)
            self._config = config
        return getattr(self._config, name)
