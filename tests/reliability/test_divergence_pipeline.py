"""The divergence guard through the real ``train`` pipeline and catalog (issue #7, SPEC §8).

The training node of one run is executed by Kedro's ``SequentialRunner`` with the project's
``catalog_train.yml`` (file paths moved under a temporary folder). A run fed NaN data must stop
with ``TrainingDivergedError`` naming the run and the epoch, write none of its outputs, and
leave the checkpoint and results of an earlier good run byte for byte as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from kedro.io import DataCatalog
from kedro.runner import SequentialRunner

from diffqas_qlstm.pipelines.train.pipeline import training_pipeline
from diffqas_qlstm.training import RunSpec, TrainingDivergedError

ROOT = Path(__file__).resolve().parents[2]
SPEC = RunSpec("damped_shm", "classical_lstm", 0)
WINDOWING = {"window": 3, "train_fraction": 0.75, "scaler_fit": "series"}


def _train_params(root: Path, epochs: int) -> dict[str, Any]:
    return {
        "grid": {"datasets": [SPEC.dataset], "models": [SPEC.model], "seeds": [SPEC.seed]},
        "model": {"hidden_size": 2, "depth": 1, "backend": "statevector"},
        "search_space": {"hadamard": [True], "encoding": ["ry"], "entangler": ["brick"], "variational": ["ry"]},
        "training": {"epochs": epochs, "batch_size": 10, "progress_bar": False},
        "checkpoint_dir": str(root / "data/06_models/checkpoints"),
    }


def _run(root: Path, windows: dict[str, np.ndarray], epochs: int) -> None:
    """The run's training node, through Kedro, with the project's train catalog under ``root``."""
    config = yaml.safe_load((ROOT / "conf/base/catalog_train.yml").read_text())
    for entry in config.values():
        entry["filepath"] = str(root / entry["filepath"])
    catalog = DataCatalog.from_config(config)
    catalog[f"windows_{SPEC.dataset}"] = windows
    catalog["params:train"] = _train_params(root, epochs)
    catalog["params:windowing"] = WINDOWING
    SequentialRunner().run(training_pipeline([SPEC]), catalog)


def _files(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``root`` with its bytes and modification time."""
    return {str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def nan_windows(tiny_windows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    bad = {key: value.copy() for key, value in tiny_windows.items()}
    bad["x_train"][13, 1] = np.nan
    return bad


def test_nan_data_stops_the_run_naming_run_and_epoch_and_keeps_earlier_results(
    tmp_path: Path, tiny_windows: dict[str, np.ndarray], nan_windows: dict[str, np.ndarray]
) -> None:
    _run(tmp_path, tiny_windows, epochs=2)
    checkpoint = tmp_path / "data/06_models/checkpoints" / SPEC.folder / "checkpoint.npz"
    with np.load(checkpoint, allow_pickle=False) as archive:
        assert int(archive["epoch"]) == 2
    before = _files(tmp_path)
    assert f"data/06_models/{SPEC.folder}/params.npz" in before and len(before) == 5

    with pytest.raises(TrainingDivergedError) as info:
        _run(tmp_path, nan_windows, epochs=2)

    message = str(info.value)
    assert f"Run {SPEC.name} diverged at epoch 1, batch starting at window 10: loss = nan" in message
    assert f"the checkpoint already at {checkpoint}" in message and "left untouched" in message
    assert _files(tmp_path) == before  # same files, same bytes, not even rewritten


def test_a_blow_up_mid_run_keeps_the_last_good_checkpoint_and_writes_no_outputs(
    tmp_path: Path, tiny_windows: dict[str, np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loss turns NaN in epoch 3 (a numerical blow-up, simulated in the compiled step)."""
    from diffqas_qlstm.training import loop

    make_train_step, steps_per_epoch, calls = loop.make_train_step, 3, []

    def blowing_up(*args: Any, **kwargs: Any):
        step = make_train_step(*args, **kwargs)

        def wrapped(x, y):
            calls.append(1)
            loss = step(x, y)
            return loss * np.nan if len(calls) > 2 * steps_per_epoch else loss

        return wrapped

    monkeypatch.setattr(loop, "make_train_step", blowing_up)
    checkpoint = tmp_path / "data/06_models/checkpoints" / SPEC.folder / "checkpoint.npz"
    with pytest.raises(TrainingDivergedError) as info:
        _run(tmp_path, tiny_windows, epochs=5)

    message = str(info.value)
    assert f"Run {SPEC.name} diverged at epoch 3, batch starting at window 0" in message
    assert f"the last good checkpoint (epoch 2) is kept at {checkpoint}" in message
    with np.load(checkpoint, allow_pickle=False) as archive:
        assert int(archive["epoch"]) == 2 and len(archive["history__epoch"]) == 2
    assert sorted(_files(tmp_path)) == [str(checkpoint.relative_to(tmp_path))]  # no params, history, summary
