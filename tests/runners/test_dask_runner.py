"""DaskRunner on small pipelines: dependencies, in-memory datasets, only-missing, failures, config."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import diffqas_qlstm  # noqa: F401  (before TensorFlow)
import pytest
from distributed import Client, LocalCluster
from kedro.io import DataCatalog, MemoryDataset
from kedro.pipeline import Pipeline, node
from kedro_datasets.json import JSONDataset

from diffqas_qlstm.runners import DaskRunner
from diffqas_qlstm.config.runtime import ADDRESS_VAR, WORKERS_VAR
from diffqas_qlstm.runners.threads import available_cores
from tests.runners.toy_nodes import add, double, fail, worker_pid

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local.scheduler_address


@pytest.fixture(autouse=True)
def no_cluster_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ADDRESS_VAR, raising=False)
    monkeypatch.delenv(WORKERS_VAR, raising=False)


def json_dataset(tmp_path: Path, name: str) -> JSONDataset:
    return JSONDataset(filepath=str(tmp_path / f"{name}.json"))


def test_memory_datasets_flow_between_nodes_and_free_outputs_come_back(cluster: str) -> None:
    pipeline = Pipeline([
        node(double, "x", "y", name="double_x"),
        node(add, ["y", "x"], "z", name="add"),
        node(double, "z", "w", name="double_z"),
    ])
    result = DaskRunner(address=cluster).run(pipeline, DataCatalog({"x": MemoryDataset(3)}))
    assert set(result) == {"w"}
    assert result["w"].load() == 18


def test_node_waits_for_a_persisted_input(cluster: str, tmp_path: Path) -> None:
    catalog = DataCatalog({"x": MemoryDataset(3), "y": json_dataset(tmp_path, "y")})
    pipeline = Pipeline([node(add, ["y", "x"], "z", name="add"), node(double, "x", "y", name="dbl")])
    result = DaskRunner(address=cluster).run(pipeline, catalog)
    assert result["z"].load() == 9


def test_only_missing_outputs_reruns_the_missing_node_and_its_in_memory_parent(
    cluster: str, tmp_path: Path
) -> None:
    catalog = DataCatalog({
        "x": MemoryDataset(3),
        "a": json_dataset(tmp_path, "a"),
        "c": json_dataset(tmp_path, "c"),
    })
    pipeline = Pipeline([
        node(double, "x", "a", name="n1"),
        node(double, "a", "b", name="n2"),  # b lives in memory
        node(add, ["b", "x"], "c", name="n3"),
    ])
    DaskRunner(address=cluster).run(pipeline, catalog)
    assert catalog.load("c") == 15
    catalog.save("a", 100)  # n1 must not run again, or it would overwrite this
    (tmp_path / "c.json").unlink()
    DaskRunner(address=cluster).run(pipeline, catalog, only_missing_outputs=True)
    assert catalog.load("a") == 100
    assert catalog.load("c") == 203


def test_failure_raises_the_node_error_and_stops_downstream(cluster: str, tmp_path: Path) -> None:
    catalog = DataCatalog({"x": MemoryDataset(3), "z": json_dataset(tmp_path, "z")})
    pipeline = Pipeline([node(fail, "x", "y", name="boom"), node(double, "y", "z", name="after")])
    with pytest.raises(KeyError, match="node failed on 3"):
        DaskRunner(address=cluster).run(pipeline, catalog)
    assert not (tmp_path / "z.json").exists()


def test_independent_nodes_spread_over_the_workers(cluster: str) -> None:
    pipeline = Pipeline([node(worker_pid, "x", f"out_{i}", name=f"n{i}") for i in range(4)])
    result = DaskRunner(address=cluster).run(pipeline, DataCatalog({"x": MemoryDataset(1)}))
    with Client(cluster) as client:
        worker_pids = set(client.run(os.getpid).values())
    assert {result[f"out_{i}"].load()["pid"] for i in range(4)} == worker_pids


@pytest.mark.parametrize("source", ["environment", "parameters"])
def test_scheduler_address_from_environment_or_parameters(
    cluster: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = DataCatalog({"x": MemoryDataset(1)})
    if source == "environment":
        monkeypatch.setenv(ADDRESS_VAR, cluster)
    else:
        catalog["params:runtime"] = {"dask": {"address": cluster}}
    result = DaskRunner().run(Pipeline([node(worker_pid, "x", "out")]), catalog)
    with Client(cluster) as client:
        assert result["out"].load()["pid"] in set(client.run(os.getpid).values())


def test_local_cluster_when_no_address_with_thread_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_VAR, "1")
    result = DaskRunner().run(
        Pipeline([node(worker_pid, "x", "out")]), DataCatalog({"x": MemoryDataset(5)})
    )
    seen = result["out"].load()
    assert seen["value"] == 5 and seen["pid"] != os.getpid()
    assert seen["intra"] == available_cores()  # one worker: all the cores
