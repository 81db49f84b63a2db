"""Atomic saves of the CSV, JSON, text and Matplotlib datasets (issue #7, SPEC §8).

A save that fails midway (the file system raises after part of the bytes went out) must leave
the previous file as it was and no temporary behind; a temporary left by a killed writer is
never loaded and goes with the next good save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from fsspec.implementations.local import LocalFileOpener
from kedro.io import DatasetError, Version
from kedro_datasets.json import JSONDataset
from kedro_datasets.matplotlib import MatplotlibDataset
from kedro_datasets.pandas import CSVDataset
from kedro_datasets.text import TextDataset
from matplotlib.figure import Figure

from diffqas_qlstm.datasets import (
    AtomicCSVDataset,
    AtomicJSONDataset,
    AtomicMatplotlibDataset,
    AtomicTextDataset,
    NpzDataset,
    atomic_path,
)


def _figure(label: str) -> Figure:
    figure = Figure(figsize=(2, 2))
    figure.add_subplot().set_title(label)
    return figure


# name -> (atomic class, parent class, file name, constructor arguments, first data, second data)
CASES: dict[str, tuple[type, type, str, dict[str, Any], Callable[[], Any], Callable[[], Any]]] = {
    "csv": (AtomicCSVDataset, CSVDataset, "t.csv", {"save_args": {"index": False}},
            lambda: pd.DataFrame({"a": [1.5, 2.5]}), lambda: pd.DataFrame({"a": range(5000)})),
    "json": (AtomicJSONDataset, JSONDataset, "m.json", {"save_args": {"indent": 2}},
             lambda: {"test_mse": 0.5}, lambda: {"values": list(range(5000))}),
    "text": (AtomicTextDataset, TextDataset, "t.md", {},
             lambda: "# old\n", lambda: "# new\n" + "x" * 20000),
    "png": (AtomicMatplotlibDataset, MatplotlibDataset, "f.png", {"save_args": {"dpi": 50}},
            lambda: _figure("old"), lambda: _figure("new")),
}


@pytest.fixture
def half_writes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every local file write put out half of its bytes and then fail, like a full disk."""
    calls: list[int] = []

    def write(self: LocalFileOpener, data: bytes, *args: Any, **kwargs: Any) -> int:
        calls.append(len(data))
        self.f.write(data[: len(data) // 2])
        self.f.flush()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(LocalFileOpener, "write", write)
    return calls


@pytest.mark.parametrize("case", list(CASES))
def test_failed_save_midway_keeps_the_previous_file_and_leaves_no_temporary(
    tmp_path: Path, case: str, half_writes: list[int]
) -> None:
    atomic_class, _, name, kwargs, first, second = CASES[case]
    path = tmp_path / name
    dataset = atomic_class(filepath=str(path), **kwargs)
    with pytest.MonkeyPatch.context() as undo:
        undo.setattr(LocalFileOpener, "write", lambda self, *a, **k: self.f.write(*a, **k))
        dataset.save(first())
    before = path.read_bytes()

    with pytest.raises(DatasetError, match="No space left"):
        dataset.save(second())

    assert half_writes, "the failing write was never reached"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_the_plain_kedro_dataset_would_have_left_a_half_written_file(tmp_path: Path, half_writes: list[int]) -> None:
    """The control: the same failure truncates the file of kedro-datasets' own CSVDataset."""
    path = tmp_path / "t.csv"
    path.write_text("a\n1.5\n2.5\n")
    with pytest.raises(DatasetError):
        CSVDataset(filepath=str(path), save_args={"index": False}).save(pd.DataFrame({"a": range(5000)}))
    assert path.read_text() != "a\n1.5\n2.5\n"


@pytest.mark.parametrize("case", list(CASES))
def test_a_killed_writers_temporary_is_ignored_and_then_removed(tmp_path: Path, case: str) -> None:
    atomic_class, _, name, kwargs, first, second = CASES[case]
    path = tmp_path / name
    dataset = atomic_class(filepath=str(path), **kwargs)
    dataset.save(first())
    before = path.read_bytes()
    leftover = tmp_path / f".{name}.k1ll3d_x.tmp"  # what SIGKILL during a save leaves behind
    leftover.write_bytes(before[: len(before) // 2])

    assert path.read_bytes() == before
    if case != "png":
        assert dataset.load() is not None
    dataset.save(second())
    assert not leftover.exists()
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize("case", list(CASES))
def test_loading_preview_and_description_are_the_parents(tmp_path: Path, case: str) -> None:
    atomic_class, parent_class, name, kwargs, first, _ = CASES[case]
    atomic = atomic_class(filepath=str(tmp_path / "atomic" / name), **kwargs)
    plain = parent_class(filepath=str(tmp_path / "plain" / name), **kwargs)
    atomic.save(first())
    plain.save(first())
    assert (tmp_path / "atomic" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
    described = {k: v for k, v in atomic._describe().items() if k != "filepath"}
    assert described == {k: v for k, v in plain._describe().items() if k != "filepath"}
    if case == "csv":
        assert atomic.preview(nrows=1) == plain.preview(nrows=1)
        pd.testing.assert_frame_equal(atomic.load(), plain.load())
    elif case == "text":
        assert atomic.load() == plain.load()
    else:
        assert atomic.preview() == plain.preview()


def test_versioned_save_is_atomic_too(tmp_path: Path) -> None:
    path = tmp_path / "runs.csv"
    dataset = AtomicCSVDataset(filepath=str(path), version=Version(None, None), save_args={"index": False})
    dataset.save(pd.DataFrame({"a": [1]}))
    versions = list(path.iterdir())
    assert len(versions) == 1 and [p.name for p in versions[0].iterdir()] == ["runs.csv"]
    assert dataset.load()["a"].tolist() == [1]


def test_a_list_of_figures_replaces_the_whole_folder(tmp_path: Path) -> None:
    folder = tmp_path / "figures"
    dataset = AtomicMatplotlibDataset(filepath=str(folder), overwrite=True)
    dataset.save([_figure("a"), _figure("b"), _figure("c")])
    assert sorted(p.name for p in folder.iterdir()) == ["0.png", "1.png", "2.png"]
    dataset.save({"only.png": _figure("d")})
    assert [p.name for p in folder.iterdir()] == ["only.png"]
    assert [p.name for p in tmp_path.iterdir()] == ["figures"]


def test_npz_and_atomic_path_clean_up_after_failure(tmp_path: Path) -> None:
    path = tmp_path / "w.npz"
    NpzDataset(filepath=str(path)).save({"x": [1, 2]})
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="midway"), atomic_path(path) as tmp:
        tmp.write_bytes(b"PK half")
        raise RuntimeError("midway")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["w.npz"]
