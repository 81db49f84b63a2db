"""CirqCircuitsDataset: round trip through Cirq JSON, atomic writes, clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import cirq
import pytest
from kedro.io import DatasetError

from diffqas_qlstm.circuits import BASELINES, build_circuit, weight_symbols
from diffqas_qlstm.datasets import CirqCircuitsDataset


@pytest.fixture
def circuits() -> dict[str, cirq.Circuit]:
    symbolic = build_circuit(BASELINES["baseline_4"], n_qubits=3, depth=2)
    resolved = cirq.resolve_parameters(symbolic, {s.name: 0.1 * i for i, s in enumerate(weight_symbols(2, 3))})
    return {"forget.symbolic": symbolic, "forget.resolved": resolved}


def test_round_trip_keeps_circuits_and_symbols(tmp_path: Path, circuits) -> None:
    ds = CirqCircuitsDataset(filepath=str(tmp_path / "sub" / "circuits.json"))
    assert not ds.exists()
    ds.save(circuits)
    assert ds.exists()
    loaded = ds.load()
    assert list(loaded) == list(circuits)
    for name, circuit in circuits.items():
        assert loaded[name] == circuit
    assert cirq.parameter_names(loaded["forget.resolved"]) == {"x_00", "x_01", "x_02"}
    # The file is plain Cirq JSON: cirq alone reads it.
    assert cirq.read_json(tmp_path / "sub" / "circuits.json")["forget.symbolic"] == circuits["forget.symbolic"]


def test_failed_save_keeps_the_previous_file(tmp_path: Path, circuits, monkeypatch) -> None:
    path = tmp_path / "circuits.json"
    ds = CirqCircuitsDataset(filepath=str(path))
    ds.save(circuits)
    before = path.read_text()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(DatasetError):
        ds.save({"other": cirq.Circuit()})
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["circuits.json"]  # no temporary file left


def test_rejects_what_is_not_a_mapping_of_circuits(tmp_path: Path) -> None:
    ds = CirqCircuitsDataset(filepath=str(tmp_path / "c.json"))
    with pytest.raises(DatasetError, match="cirq.Circuit"):
        ds.save({"a": "not a circuit"})
    with pytest.raises(DatasetError, match="No such"):
        ds.load()
    (tmp_path / "c.json").write_text(json.dumps({"a": 1}))
    with pytest.raises(DatasetError, match="not a cirq.Circuit"):
        ds.load()
    (tmp_path / "c.json").write_text("{ not json")
    with pytest.raises(DatasetError, match="not valid Cirq JSON"):
        ds.load()
