"""The Kedro hook of MLflow tracking: its life-cycle (see :mod:`diffqas_qlstm.tracking`)."""

from __future__ import annotations

import importlib.util
import logging
import os
import warnings
from typing import Any

from kedro.framework.hooks import hook_impl

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.records import output_file
from diffqas_qlstm.tracking.convert import log_output
from diffqas_qlstm.tracking.nested import GridRuns
from diffqas_qlstm.tracking.store import (
    MLFLOW_EXTRA,
    PARENT_VAR,
    POOL_VAR,
    TRACKING_URI_VAR,
    ExportedVariables,
    LazyMlflowConfig,
    default_store,
)
from diffqas_qlstm.validation import ParameterError

logger = logging.getLogger(__name__)


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
        self._exported = ExportedVariables()  # variables set here, restored when the run ends
        self._grid_runs = GridRuns()  # (parent, grid run) -> MLflow run id
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
                context.__setattr__("mlflow", LazyMlflowConfig(context))
            return
        try:
            with warnings.catch_warnings():  # mlflow.pyfunc's advice to its own users
                warnings.filterwarnings("ignore", "Add type hints to the `predict` method", UserWarning)
                from kedro_mlflow.framework.hooks import MlflowHook
        except ImportError as error:
            raise ParameterError(
                "runtime.mlflow", True, f"false unless the mlflow extra is installed ({MLFLOW_EXTRA})"
            ) from error
        self._exported.set(TRACKING_URI_VAR, default_store(context.project_path), replace=False)
        # Worker processes forked later must not share pooled database connections.
        self._exported.set(POOL_VAR, "NullPool", replace=False)
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
        self._exported.set(TRACKING_URI_VAR, mlflow.get_tracking_uri())
        self._exported.set(PARENT_VAR, parent)
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
        log_output(client, self._grid_runs.run_id(client, parent, spec), dataset_name, data,
                   output_file(self._catalog, dataset_name))

    @hook_impl
    def on_node_error(self, node: Any) -> None:
        parent, spec = os.environ.get(PARENT_VAR), RunSpec.from_name(node.namespace)
        if parent and spec is not None:
            from mlflow import MlflowClient

            client = MlflowClient()
            client.set_terminated(self._grid_runs.run_id(client, parent, spec), "FAILED")

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

    def _close_grid_runs(self, status: str) -> None:
        parent = os.environ.get(PARENT_VAR)
        if not parent:
            return
        from mlflow import MlflowClient

        self._grid_runs.close(MlflowClient(), parent, status)

    def _restore(self) -> None:
        self._exported.restore()
        self._grid_runs.clear()
