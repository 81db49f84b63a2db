"""Optional experiment tracking in MLflow, through kedro-mlflow: one MLflow run per grid run.

Off by default. ``kedro run --params runtime.mlflow=true`` (or ``runtime: {mlflow: true}`` in a
configuration environment) turns it on; it needs the extra, ``pip install -e ".[mlflow]"``. With
tracking off the project never imports mlflow, and kedro-mlflow's own hook is never registered
(``settings.DISABLE_HOOKS_FOR_PLUGINS``), so installing the extra changes nothing either.

When on, :class:`MlflowTrackingHook` lets kedro-mlflow (configured by ``conf/base/mlflow.yml``)
open one MLflow run per ``kedro run``, tagged with the command, and close it. Nested under it,
every grid run ``<dataset>.<model>.seed_<n>`` gets its own MLflow run, filled in as the run's
nodes finish, in whatever process they run (Kedro's ``ParallelRunner`` and the Dask runner call
node hooks in their workers, which find the store and the parent run through environment
variables exported before the workers start; :func:`log_output` says what is logged):

- parameters: dataset, model, seed, backend, TFQ differentiator and the run's protocol
  (``protocol.*``: what must match for two runs to be compared), from its manifest;
- metric histories, step = epoch: ``train_mse``, ``test_mse``, ``seconds`` and the architecture
  weights ``arch/<gate>_<candidate>``; ``derived/*`` for the derived circuit's re-training;
- final metrics ``final/*``: the numbers of the run's ``metrics.json``;
- artifacts: every file its nodes write (Cirq JSON, QASM, figures, tables, parameters).

The kedro run's own MLflow run holds every parameter as ``parameters.json``. The default store is
``sqlite:///<project>/mlflow.db`` with artifacts under ``<project>/mlartifacts``; a URI set in
``mlflow.yml`` (``server.mlflow_tracking_uri``) or in ``MLFLOW_TRACKING_URI`` wins. A Dask cluster
on other machines needs a tracking server its workers reach, and these variables set there.

Example (what a run's history becomes):
    >>> import pandas as pd
    >>> history = pd.DataFrame({"epoch": [1, 2], "train_mse": [0.5, 0.25], "a_forget_00": [0.1, 0.2]})
    >>> [(m.key, m.step, m.value) for m in history_metrics(history, prefix="")]
    [('train_mse', 1, 0.5), ('arch/forget_00', 1, 0.1), ('train_mse', 2, 0.25), ('arch/forget_00', 2, 0.2)]
"""

from __future__ import annotations

import fcntl
import importlib.util
import logging
import os
import tempfile
import time
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from kedro.framework.hooks import hook_impl

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.records import output_file
from diffqas_qlstm.schema import flatten
from diffqas_qlstm.validation import ParameterError

logger = logging.getLogger(__name__)

PARENT_VAR = "DIFFQAS_MLFLOW_PARENT_RUN_ID"
"""Set while a tracked pipeline runs: the kedro run's MLflow run, parent of the grid runs."""
TRACKING_URI_VAR = "MLFLOW_TRACKING_URI"
POOL_VAR = "MLFLOW_SQLALCHEMYSTORE_POOLCLASS"
DEFAULT_STORE = "mlflow.db"
GRID_RUN_TAG = "grid_run"
BATCH = 1000
"""MLflow takes at most 1000 metrics in one ``log_batch``."""
MLFLOW_EXTRA = 'pip install -e ".[mlflow]"'


class MlflowTrackingHook:
    """Runs kedro-mlflow's hook when ``runtime.mlflow`` is true, and logs each grid run under it.

    Register it in ``settings.py`` (``HOOKS``), with kedro-mlflow's own hook disabled
    (``DISABLE_HOOKS_FOR_PLUGINS = ("kedro-mlflow", "kedro_mlflow")``).

    Example:
        >>> from types import SimpleNamespace
        >>> hook = MlflowTrackingHook()
        >>> hook.after_context_created(SimpleNamespace(config_loader={"parameters": {"runtime": {"mlflow": False}}}))
        >>> hook.tracking
        False
    """

    def __init__(self) -> None:
        self._kedro_mlflow: Any = None  # kedro_mlflow's MlflowHook, while tracking is on
        self._exported: dict[str, str | None] = {}  # variables set here, with their former values
        self._grid_runs: dict[tuple[str, str], str] = {}  # (parent, grid run) -> MLflow run id
        self._catalog: Any = None  # the catalog of the node running in this process

    @property
    def tracking(self) -> bool:
        """Whether this session tracks its runs in MLflow."""
        return self._kedro_mlflow is not None

    @hook_impl
    def after_context_created(self, context: Any) -> None:
        from diffqas_qlstm.config.runtime import RuntimeSettings

        self._kedro_mlflow = None
        # The config loader, not context.params: that would build the pipelines before the
        # environment hook has told the grid which environment is active.
        runtime = context.config_loader["parameters"].get("runtime")
        if not RuntimeSettings.from_parameters(runtime).mlflow:
            if importlib.util.find_spec("kedro_mlflow") is not None:
                # kedro-mlflow's commands (`kedro mlflow ui`) read context.mlflow; read on first use.
                context.__setattr__("mlflow", _LazyMlflowConfig(context))
            return
        try:
            with warnings.catch_warnings():  # mlflow.pyfunc's advice to its own users
                warnings.filterwarnings("ignore", "Add type hints to the `predict` method", UserWarning)
                from kedro_mlflow.framework.hooks import MlflowHook
        except ImportError as error:
            raise ParameterError(
                "runtime.mlflow", True, f"false unless the mlflow extra is installed ({MLFLOW_EXTRA})"
            ) from error
        self._export(TRACKING_URI_VAR, default_store(context.project_path))
        # Worker processes forked later must not share pooled database connections.
        self._export(POOL_VAR, "NullPool")
        self._kedro_mlflow = MlflowHook()
        self._kedro_mlflow.after_context_created(context)

    @hook_impl
    def before_pipeline_run(self, run_params: dict[str, Any], pipeline: Any, catalog: Any) -> None:
        if not self.tracking:
            return
        import mlflow

        from diffqas_qlstm.config.environment import catalog_parameters

        self._kedro_mlflow.before_pipeline_run(run_params, pipeline, catalog)
        parent = self._kedro_mlflow.run_id
        if parent is None:  # kedro-mlflow's disable_tracking lists this pipeline
            return
        mlflow.MlflowClient().log_dict(parent, catalog_parameters(catalog), "parameters.json")
        self._export(TRACKING_URI_VAR, mlflow.get_tracking_uri(), replace=True)
        self._export(PARENT_VAR, parent, replace=True)
        logger.info("MLflow: kedro run %s, store %s", parent, mlflow.get_tracking_uri())

    @hook_impl
    def before_node_run(self, node: Any, catalog: Any) -> None:
        if os.environ.get(PARENT_VAR):
            self._catalog = catalog  # where the node's outputs are written (after_dataset_saved)

    @hook_impl
    def after_dataset_saved(self, dataset_name: str, data: Any, node: Any) -> None:
        parent, spec = os.environ.get(PARENT_VAR), RunSpec.from_name(node.namespace if node else None)
        if not parent or spec is None:
            return
        from mlflow import MlflowClient

        client = MlflowClient()
        log_output(client, self._grid_run(client, parent, spec), dataset_name, data,
                   output_file(self._catalog, dataset_name))

    @hook_impl
    def on_node_error(self, node: Any) -> None:
        parent, spec = os.environ.get(PARENT_VAR), RunSpec.from_name(node.namespace)
        if parent and spec is not None:
            from mlflow import MlflowClient

            client = MlflowClient()
            client.set_terminated(self._grid_run(client, parent, spec), "FAILED")

    @hook_impl
    def after_pipeline_run(self, run_params: dict[str, Any], pipeline: Any, catalog: Any) -> None:
        if self.tracking:
            self._close_grid_runs("FINISHED")
            self._kedro_mlflow.after_pipeline_run(run_params, pipeline, catalog)
            self._restore()

    @hook_impl
    def on_pipeline_error(self, error: Exception, run_params: dict[str, Any], pipeline: Any, catalog: Any) -> None:
        if self.tracking:
            self._close_grid_runs("KILLED")
            self._kedro_mlflow.on_pipeline_error(error, run_params, pipeline, catalog)
            self._restore()

    def _grid_run(self, client: Any, parent: str, spec: RunSpec) -> str:
        """The MLflow run of grid run ``spec`` under ``parent``, created by the first process that
        asks (a file lock keeps two worker processes from both creating it)."""
        key = (parent, spec.name)
        if key not in self._grid_runs:
            with open(_lock_path(parent), "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                found = _children(client, parent, f" and tags.{GRID_RUN_TAG} = '{spec.name}'")
                if found:
                    self._grid_runs[key] = found[0].info.run_id
                else:
                    tags = {"mlflow.parentRunId": parent, GRID_RUN_TAG: spec.name, "dataset": spec.dataset,
                            "model": spec.model, "seed": str(spec.seed)}
                    run = client.create_run(client.get_run(parent).info.experiment_id, tags=tags,
                                            run_name=spec.name)
                    self._grid_runs[key] = run.info.run_id
        return self._grid_runs[key]

    def _close_grid_runs(self, status: str) -> None:
        parent = os.environ.get(PARENT_VAR)
        if not parent:
            return
        from mlflow import MlflowClient

        client = MlflowClient()
        for run in _children(client, parent, " and attributes.status = 'RUNNING'"):
            client.set_terminated(run.info.run_id, status)
        Path(_lock_path(parent)).unlink(missing_ok=True)

    def _export(self, name: str, value: str, *, replace: bool = False) -> None:
        if name not in self._exported:
            self._exported[name] = os.environ.get(name)
        if replace or not os.environ.get(name):
            os.environ[name] = value

    def _restore(self) -> None:
        for name, value in self._exported.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._exported.clear()
        self._grid_runs.clear()


def default_store(project_path: Path | str) -> str:
    """The tracking URI when neither mlflow.yml nor ``MLFLOW_TRACKING_URI`` sets one.

    Example:
        >>> default_store("/work/project")
        'sqlite:////work/project/mlflow.db'
    """
    return f"sqlite:///{Path(project_path).resolve() / DEFAULT_STORE}"


class _LazyMlflowConfig:
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


def log_output(client: Any, run_id: str, name: str, value: Any, path: Path | None) -> None:
    """Log output ``name`` (``<run>.<record>``) of a grid run, just saved to ``path``, to MLflow run
    ``run_id``: its ``manifest`` as parameters, its ``history`` and ``derived_history`` as metric
    histories, its ``metrics`` as final metrics, and the file (a folder, e.g. QASM, as a folder)."""
    from mlflow.entities import Param

    record = name.rpartition(".")[2]
    if record == "manifest" and isinstance(value, Mapping):
        params = [Param(key, str(item)[:6000]) for key, item in manifest_params(value).items()]
        client.log_batch(run_id, params=params)
    elif record in ("history", "derived_history") and isinstance(value, pd.DataFrame):
        metrics = list(history_metrics(value, prefix="derived/" if record == "derived_history" else ""))
        for start in range(0, len(metrics), BATCH):
            client.log_batch(run_id, metrics=metrics[start:start + BATCH])
    elif record == "metrics" and isinstance(value, Mapping):
        client.log_batch(run_id, metrics=list(final_metrics(value)))
    if path is not None and path.is_dir():
        client.log_artifacts(run_id, str(path), path.name)
    elif path is not None and path.is_file():
        client.log_artifact(run_id, str(path))


def manifest_params(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of a grid run: its identity, simulator and protocol (flattened, ``protocol.*``).

    Example:
        >>> manifest_params({"run": "d.m.seed_1", "seed": 1, "backend": "fused",
        ...                  "protocol": {"training": {"epochs": 3}}, "python": "3.11"})
        {'dataset': 'd', 'model': 'm', 'seed': 1, 'backend': 'fused', 'protocol.training.epochs': 3}
    """
    spec = RunSpec.from_name(manifest.get("run"))
    params: dict[str, Any] = {"dataset": spec.dataset, "model": spec.model} if spec else {}
    params |= {key: manifest[key] for key in ("seed", "backend", "tfq_differentiator") if key in manifest}
    return params | flatten(manifest.get("protocol", {}), "protocol.")


def history_metrics(history: pd.DataFrame, *, prefix: str) -> Iterator[Any]:
    """One MLflow metric per number of every epoch's row (step = epoch); architecture weight
    columns ``a_<gate>_<candidate>`` become ``arch/<gate>_<candidate>``."""
    from mlflow.entities import Metric

    stamp = int(time.time() * 1000)
    columns = [c for c in history.columns if c != "epoch"]
    keys = [prefix + (f"arch/{c[2:]}" if c.startswith("a_") else c) for c in columns]
    values = history[columns].to_numpy(dtype=float)
    for epoch, row in zip(history["epoch"].astype(int), values, strict=True):
        for key, value in zip(keys, row, strict=True):
            if pd.notna(value):
                yield Metric(key, float(value), stamp, int(epoch))


def final_metrics(metrics: Mapping[str, Any]) -> Iterator[Any]:
    """Every number of a run's ``metrics.json`` as ``final/<key>`` (flags and texts are not metrics)."""
    from mlflow.entities import Metric

    stamp = int(time.time() * 1000)
    for key, value in flatten(metrics, "final/").items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and pd.notna(value):
            yield Metric(key, float(value), stamp, 0)


def _children(client: Any, parent: str, condition: str) -> list[Any]:
    experiment = client.get_run(parent).info.experiment_id
    return client.search_runs([experiment], f"tags.mlflow.parentRunId = '{parent}'{condition}",
                              max_results=50000)


def _lock_path(parent: str) -> str:
    return os.path.join(tempfile.gettempdir(), f"diffqas-mlflow-{parent}.lock")
