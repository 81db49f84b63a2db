"""Adopting a re-derivation label as the grid's derivation (issue 21): checked first, then copied,
and what the old derivation fed removed so --only-missing-outputs recomputes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kedro.io import DataCatalog
from kedro.pipeline import Pipeline, node, pipeline

from diffqas_qlstm.adoption import adopt, downstream_outputs
from diffqas_qlstm.config import DeriveConfig, typed
from diffqas_qlstm.config.recorded import selection_settings
from diffqas_qlstm.records import file_entry

RUN = "d.diffqas_nonshared.seed_0"
TRAIN = {"grid": {"datasets": ["d"], "models": ["diffqas_nonshared"], "seeds": [0]}}


def _identity(*values):
    return values[0] if len(values) == 1 else values


def _pipeline(run: str = RUN) -> Pipeline:
    """One run's nodes, namespaced like the grid's: training, the choosing node, two nodes it feeds
    and one fed by those."""
    nodes = Pipeline([
        node(_identity, "params", "trained_params", name="train_model"),
        node(_identity, "trained_params", ["derived_params", "derived_summary"], name="retrain_derived_model",
             tags=["derive_choice"]),
        node(_identity, "derived_params", "derived_qasm", name="export_derived_circuits"),
        node(_identity, ["derived_summary", "trained_params"], "metrics", name="compute_metrics"),
        node(_identity, "metrics", "report", name="report_metrics"),
    ])
    return pipeline(nodes, namespace=run, inputs={"params"})


def _catalog(grid: Path, **shared: str) -> DataCatalog:
    """The grid's run files, and ``shared``: name → file of a dataset no run owns (like windows)."""
    folder = str(grid / "{dataset}" / "{model}" / "{seed}")
    files = {"trained_params": "params.npz", "derived_params": "derived_params.npz",
             "derived_summary": "derived_summary.json", "metrics": "metrics.json", "report": "report.json"}
    config = {f"{{dataset}}.{{model}}.{{seed}}.{name}": {"type": "json.JSONDataset", "filepath": f"{folder}/{file}"}
              for name, file in files.items()}
    config["{dataset}.{model}.{seed}.derived_qasm"] = {"type": "partitions.PartitionedDataset", "path": f"{folder}/derived_qasm",
                                                       "dataset": "text.TextDataset"}
    config |= {name: {"type": "json.JSONDataset", "filepath": file} for name, file in shared.items()}
    return DataCatalog.from_config(config)


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)


def _summary(fresh_start: str, run: str = RUN) -> str:
    derive = DeriveConfig(retrain_epochs=100, fresh_start=fresh_start)
    return json.dumps({"run": run, "method": "validated", "retrain_epochs": 100, "retrain_lr_schedule": "constant",
                       "selection": selection_settings(derive, sampled=False)})


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    grid, label = tmp_path / "grid", tmp_path / "rederive" / "fresh_final"
    _write(grid / "d" / "diffqas_nonshared" / "seed_0", {
        "params.npz": "ensemble", "derived_params.npz": "old", "derived_summary.json": _summary("never"),
        "derived_qasm/update.qasm": "old circuit", "metrics.json": "old metrics", "report.json": "old report",
        "record_compute_metrics.json": "{}", "record_train_model.json": "{}"})
    _write(label / "d" / "diffqas_nonshared" / "seed_0", {
        "derived_params.npz": "new", "derived_summary.json": _summary("final"), "record_retrain_derived_model.json": "{}"})
    return grid, label


def test_everything_the_old_derivation_fed_is_found_and_nothing_else(folders):
    grid, _ = folders
    found = {p.relative_to(grid / "d" / "diffqas_nonshared" / "seed_0").as_posix()
             for p in downstream_outputs(_pipeline().nodes, _catalog(grid), RUN)}
    assert found == {"derived_qasm", "record_export_derived_circuits.json", "metrics.json",
                     "record_compute_metrics.json", "report.json", "record_report_metrics.json"}


def test_a_label_derived_with_the_configured_settings_replaces_the_grids_derivation(folders):
    grid, label = folders
    run = grid / "d" / "diffqas_nonshared" / "seed_0"
    train = typed("train", TRAIN)
    kept = label.parent / "ensemble_start"
    done = adopt(label, [*_pipeline().nodes, *_pipeline().nodes], _catalog(grid), DeriveConfig(retrain_epochs=100, fresh_start="final"), train, kept)  # every pipeline's nodes: names repeat
    assert done.runs == [RUN]
    assert sorted(p.name for p in (kept / "d" / "diffqas_nonshared" / "seed_0").iterdir()) == [
        "derived_params.npz", "derived_summary.json"]  # the grid's own, of the names the label brought
    assert (kept / "d" / "diffqas_nonshared" / "seed_0" / "derived_params.npz").read_text() == "old"
    assert (run / "derived_params.npz").read_text() == "new" and json.loads((run / "derived_summary.json").read_text()) == json.loads(_summary("final"))
    assert (run / "record_retrain_derived_model.json").exists()
    assert not (run / "metrics.json").exists() and not (run / "derived_qasm").exists() and not (run / "report.json").exists()
    assert not (run / "record_compute_metrics.json").exists()
    assert (run / "params.npz").read_text() == "ensemble" and (run / "record_train_model.json").exists()  # upstream kept
    # run again (after an interruption, once the grid recomputed): the adopted run is left alone
    (run / "metrics.json").write_text("recomputed")
    again = adopt(label, _pipeline().nodes, _catalog(grid), DeriveConfig(retrain_epochs=100, fresh_start="final"), train, kept)
    assert again.runs == [] and (run / "metrics.json").read_text() == "recomputed"
    assert (kept / "d" / "diffqas_nonshared" / "seed_0" / "derived_params.npz").read_text() == "old"


def test_a_label_derived_with_other_settings_is_refused_by_run_and_setting_and_nothing_is_touched(folders):
    grid, label = folders
    run = grid / "d" / "diffqas_nonshared" / "seed_0"
    before = {p: p.read_bytes() for p in run.rglob("*") if p.is_file()}
    with pytest.raises(ValueError, match=rf"{RUN}: derive.fresh_start is final in the label, never configured"):
        adopt(label, _pipeline().nodes, _catalog(grid), DeriveConfig(retrain_epochs=100, fresh_start="never"), typed("train", TRAIN))
    assert {p: p.read_bytes() for p in run.rglob("*") if p.is_file()} == before
    _write(label / "e" / "diffqas_nonshared" / "seed_0", {"derived_summary.json": _summary("final").replace('"d.', '"e.')})
    with pytest.raises(ValueError, match="e.diffqas_nonshared.seed_0: no such grid run"):
        adopt(label, _pipeline().nodes, _catalog(grid), DeriveConfig(retrain_epochs=100, fresh_start="final"), typed("train", TRAIN))
    assert {p: p.read_bytes() for p in run.rglob("*") if p.is_file()} == before


def test_a_label_that_would_leave_the_grid_mixing_two_derivations_is_refused_by_run_and_nothing_is_touched(folders):
    grid, label = folders
    other = "d.diffqas_nonshared.seed_1"
    _write(grid / "d" / "diffqas_nonshared" / "seed_1", {
        "params.npz": "ensemble", "derived_params.npz": "old", "derived_summary.json": _summary("never", other),
        "metrics.json": "old metrics"})
    nodes = [*_pipeline().nodes, *_pipeline(other).nodes]
    final = DeriveConfig(retrain_epochs=100, fresh_start="final")
    before = {p: p.read_bytes() for p in grid.rglob("*") if p.is_file()}
    with pytest.raises(ValueError, match=rf"leaves 1 grid runs(.|\n)*{other}: derive.fresh_start is never in the grid, final configured"):
        adopt(label, nodes, _catalog(grid), final, typed("train", TRAIN))
    assert {p: p.read_bytes() for p in grid.rglob("*") if p.is_file()} == before
    # derived alike already (or into the label too): the grid ends with one derivation
    (grid / "d" / "diffqas_nonshared" / "seed_1" / "derived_summary.json").write_text(_summary("final", other))
    assert adopt(label, nodes, _catalog(grid), final, typed("train", TRAIN)).runs == [RUN]


def test_only_the_pipelines_whose_outputs_a_run_lost_recompute_it(folders):
    import importlib.util

    spec = importlib.util.spec_from_file_location("adopt_script", Path(__file__).resolve().parents[2] / "scripts" / "adopt_rederivation.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    grid, label = folders
    (grid / "d" / "diffqas_nonshared" / "seed_0" / "derived_qasm").rename(grid / "gone")  # never exported
    done = adopt(label, _pipeline().nodes, _catalog(grid), DeriveConfig(retrain_epochs=100, fresh_start="final"),
                 typed("train", TRAIN))
    assert done.removed_nodes == {RUN: [f"{RUN}.compute_metrics", f"{RUN}.report_metrics"]}
    by_pipeline = {"derive": {f"{RUN}.export_derived_circuits"}, "evaluate": {f"{RUN}.compute_metrics"},
                   "robustness": {f"{RUN}.evaluate_under_noise"}}
    assert script.pending(by_pipeline, done.removed_nodes) == {"derive": [], "evaluate": [RUN], "robustness": []}


def test_a_label_whose_derivations_read_other_inputs_than_are_here_is_refused_by_input_and_nothing_is_touched(folders):
    grid, label = folders
    run = grid / "d" / "diffqas_nonshared" / "seed_0"
    windows = grid / "windows_d.npz"
    windows.write_text("windows as the label read them")
    catalog = _catalog(grid, windows_d=str(windows))
    read = {f"{RUN}.trained_params": file_entry(run / "params.npz", run)["sha256"],
            "windows_d": file_entry(windows, grid)["sha256"],
            f"{RUN}.derived_params": "written by the label's own node, not read from the grid"}
    (label / "d" / "diffqas_nonshared" / "seed_0" / "record_retrain_derived_model.json").write_text(json.dumps(
        {"run": RUN, "inputs": read, "outputs": {f"{RUN}.derived_params": {}, f"{RUN}.derived_summary": {}}}))
    final, train = DeriveConfig(retrain_epochs=100, fresh_start="final"), typed("train", TRAIN)
    windows.write_text("windows of another machine")  # e.g. a series integrated on another CPU
    (run / "params.npz").write_text("an ensemble trained again")
    before = {p: p.read_bytes() for p in run.rglob("*") if p.is_file()}
    with pytest.raises(ValueError, match=r"Nothing was adopted(.|\n)*"
                       rf"{RUN}.trained_params \(.*params.npz\): content hash \w+ here, \w+ when 1 of the label's runs "
                       rf"read it \(e.g. {RUN}\)(.|\n)*windows_d \(.*windows_d.npz\): content hash"):
        adopt(label, _pipeline().nodes, catalog, final, train)
    windows.unlink()
    with pytest.raises(ValueError, match=r"windows_d \(.*\): missing here"):
        adopt(label, _pipeline().nodes, catalog, final, train)
    assert {p: p.read_bytes() for p in run.rglob("*") if p.is_file()} == before
    windows.write_text("windows as the label read them")
    (run / "params.npz").write_text("ensemble")
    assert adopt(label, _pipeline().nodes, catalog, final, train).runs == [RUN]


def test_a_label_that_read_the_windows_in_another_cpus_last_bits_is_adopted_and_other_values_are_refused(folders):
    import numpy as np

    from diffqas_qlstm.fingerprints import fingerprint

    grid, label = folders
    run = grid / "d" / "diffqas_nonshared" / "seed_0"
    windows = grid / "windows_d.npz"
    series = np.sin(np.arange(40.0))
    np.savez(windows, series=series, window=np.int64(4))
    catalog = _catalog(grid, windows_d=str(windows))
    read = {f"{RUN}.trained_params": file_entry(run / "params.npz", run)["sha256"],
            "windows_d": file_entry(windows, grid)["sha256"]}
    (label / "d" / "diffqas_nonshared" / "seed_0" / "record_retrain_derived_model.json").write_text(json.dumps(
        {"run": RUN, "inputs": read, "input_fingerprints": {"windows_d": fingerprint(windows)},
         "outputs": {f"{RUN}.derived_params": {}, f"{RUN}.derived_summary": {}}}))
    final, train = DeriveConfig(retrain_epochs=100, fresh_start="final"), typed("train", TRAIN)
    np.savez(windows, series=series * (1 + 1e-6), window=np.int64(4))  # another series
    with pytest.raises(ValueError, match=r"windows_d \(.*windows_d.npz\): content hash"):
        adopt(label, _pipeline().nodes, catalog, final, train)
    np.savez(windows, series=np.nextafter(series, 2.0), window=np.int64(4))  # another CPU's rounding
    assert adopt(label, _pipeline().nodes, catalog, final, train).runs == [RUN]


def _script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("adopt_script", Path(__file__).resolve().parents[2] / "scripts" / "adopt_rederivation.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_a_rerun_labels_settings_given_as_params_become_nested_runtime_params_and_a_malformed_item_is_named():
    script = _script()
    assert script.runtime_params("train.model.backend=statevector, train.model.precision=double,runtime.tf_threads.intra_op=2") == {
        "train": {"model": {"backend": "statevector", "precision": "double"}}, "runtime": {"tf_threads": {"intra_op": 2}}}
    assert script.runtime_params("") == {}
    with pytest.raises(ValueError, match="intra_op2"):
        script.runtime_params("train.model.backend=statevector,intra_op2")


def test_adoptions_in_two_results_folders_with_one_label_name_keep_their_pending_runs_apart():
    script = _script()
    grid = script.todo_path("results/paper", "current")
    one, two = (script.todo_path(f"results/paper/rerun/{label}", "current") for label in ("threads_2", "statevector"))
    assert grid == Path("data/adoption/current.json")
    assert len({grid, one, two}) == 3 and all(path.parent == Path("data/adoption") for path in (one, two))
