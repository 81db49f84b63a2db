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

The parts: ``hook`` (the life-cycle), ``store`` (the store and the exported variables),
``nested`` (the grid runs under the kedro run, across processes), ``convert`` (records → MLflow),
``trials`` (each tuning trial of ``kedro run --pipeline=tune`` as a nested run).

Example (what is logged as a grid run's parameters):
    >>> manifest_params({"run": "bessel.baseline_1.seed_0", "seed": 0, "backend": "fused"})
    {'dataset': 'bessel', 'model': 'baseline_1', 'seed': 0, 'backend': 'fused'}
"""

from diffqas_qlstm.tracking.convert import (
           final_metrics,
           history_metrics,
           log_output,
           manifest_params,
)
from diffqas_qlstm.tracking.hook import MlflowTrackingHook
from diffqas_qlstm.tracking.store import PARENT_VAR, TRACKING_URI_VAR, default_store

__all__ = ["PARENT_VAR", "TRACKING_URI_VAR", "MlflowTrackingHook", "default_store", "final_metrics",
           "history_metrics", "log_output", "manifest_params"]
