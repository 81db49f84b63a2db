"""Faults a crash, a copy or a second process cause: none ends silently wrong (issue 23, SPEC §8)."""

from __future__ import annotations

import copy
import os
import stat
from pathlib import Path

import numpy as np
import pytest
from kedro.io import DataCatalog

from diffqas_qlstm.config import TrainingConfig
from diffqas_qlstm.datasets import AtomicJSONDataset, NpzDataset
from diffqas_qlstm.datasets.files import remove_stale_temporaries
from diffqas_qlstm.hooks import ParameterValidationHook
from diffqas_qlstm.model import ClassicalLSTM
from diffqas_qlstm.config.environment import load_parameters
from diffqas_qlstm.training import fit, seed_everything
from diffqas_qlstm.training.checkpoint import RunLockedError, run_lock
from diffqas_qlstm.validation import ParameterError

WINDOWS = {"x_train": np.sin(np.arange(40)).reshape(10, 4), "y_train": np.cos(np.arange(10)),
           "x_test": np.sin(np.arange(8)).reshape(2, 4), "y_test": np.cos(np.arange(2))}
CONFIG = TrainingConfig(epochs=3, progress_bar=False)


def _train(checkpoint: Path, **kwargs):
    seed_everything(0)
    return fit(ClassicalLSTM(2, seed=0), WINDOWS, CONFIG, checkpoint_path=checkpoint, **kwargs)


@pytest.mark.parametrize("content", [b"", b"\x00" * 7 + os.urandom(200), "truncated"])
def test_a_corrupt_checkpoint_is_named_set_aside_and_the_run_starts_afresh(tmp_path, caplog, content):
    reference = _train(tmp_path / "clean" / "checkpoint.npz")
    path = tmp_path / "run" / "checkpoint.npz"
    _train(path, stop_after_epoch=1)
    if content == "truncated":
        content = path.read_bytes()[: len(path.read_bytes()) // 2]
    path.write_bytes(content)
    history = _train(path)
    np.testing.assert_array_equal(history["test_mse"], reference["test_mse"])  # afresh: the same numbers
    aside = [p for p in path.parent.iterdir() if p.name.startswith("checkpoint.npz.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == content  # renamed, not deleted
    assert str(path) in caplog.text and str(aside[0]) in caplog.text


def test_a_second_process_training_the_same_run_stops_at_once_naming_it(tmp_path):
    path = tmp_path / "checkpoint.npz"
    with run_lock(path, "d.m.seed_0"):
        with pytest.raises(RunLockedError, match=rf"Run again is being trained by another process \(pid {os.getpid()}, "
                                                 r"d\.m\.seed_0; lock .*checkpoint\.npz\.lock\)"):
            _train(path, run_name="again")
    _train(path)  # released: the run goes on


def test_stale_temporaries_of_a_live_writer_are_kept_and_of_a_dead_one_removed(tmp_path):
    target = tmp_path / "params.npz"
    live = tmp_path / f".params.npz.p{os.getpid()}-abc123.tmp"
    dead = tmp_path / ".params.npz.p999999999-abc123.tmp"
    old_style = tmp_path / ".params.npz.abc123.tmp"
    for p in (live, dead, old_style):
        p.write_bytes(b"half")
    removed = remove_stale_temporaries(target)
    assert sorted(removed) == sorted([dead, old_style]) and live.exists()
    NpzDataset(filepath=str(target)).save({"a": np.arange(3)})  # a write keeps the live one too
    assert live.exists() and not dead.exists()


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_artifacts_follow_the_process_umask(tmp_path, mask, mode):
    previous = os.umask(mask)
    try:
        AtomicJSONDataset(filepath=str(tmp_path / "m.json")).save({"a": 1})
        NpzDataset(filepath=str(tmp_path / "p.npz")).save({"a": np.arange(2)})
    finally:
        os.umask(previous)
    for name in ("m.json", "p.npz"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name


@pytest.mark.parametrize("name", ["trian", "Train", "derive_"])
def test_an_unknown_top_level_block_is_refused_by_name_with_the_known_blocks(name):
    parameters = copy.deepcopy(load_parameters("base"))
    parameters[name] = {"training": {"epochs": 3}}
    catalog = DataCatalog()
    catalog["parameters"] = parameters
    with pytest.raises(ParameterError, match=rf"'{name}' = .*allowed is one of the blocks data_generation, windowing, "
                                             r"train, .*results_dir"):
        ParameterValidationHook().before_pipeline_run(run_params={}, pipeline=None, catalog=catalog)
