"""scripts/fresh_gain_runs.py lists exactly the grid runs whose derivation derive.fresh_gain changes (issue 21)."""

from __future__ import annotations

import doctest
import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fresh_gain_runs.py"


def _script():
    spec = importlib.util.spec_from_file_location("fresh_gain_runs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(root: Path, run: str, selection: dict) -> None:
    dataset, model, seed = run.split(".")
    folder = root / dataset / model / seed
    folder.mkdir(parents=True)
    (folder / "derived_summary.json").write_text(json.dumps({"run": run, "selection": selection}))


def test_only_runs_that_started_a_gain_architecture_fresh_are_listed_and_none_exits_non_zero(tmp_path, capsys):
    script = _script()
    assert doctest.testmod(script, optionflags=doctest.ELLIPSIS).failed == 0
    final = {"fresh_start": "final", "final_epochs": 100, "fresh_restarts": 1}
    _write(tmp_path, "b.diffqas_shared.seed_0", {**final, "shortlist": [
        {"gain": True, "start": "ensemble"}, {"gain": False, "start": "ensemble"},
        {"gain": False, "start": "fresh"}, {"gain": False, "start": "fresh", "restart": 1}]})  # winner: no gain
    _write(tmp_path, "b.diffqas_shared.seed_1", {**final, "shortlist": [
        {"gain": False, "start": "ensemble"}, {"gain": True, "start": "ensemble"},
        {"gain": False, "start": "fresh"}, {"gain": False, "start": "fresh", "restart": 1}]})  # winner: gain
    _write(tmp_path, "b.diffqas_gdas.seed_0", {})  # a plain argmax: nothing validated
    assert script.changed_runs(tmp_path) == ["b.diffqas_shared.seed_1"]
    assert script.main(["--results", str(tmp_path)]) == 0 and capsys.readouterr().out.strip() == "b.diffqas_shared.seed_1"
    assert script.main(["--results", str(tmp_path / "b" / "diffqas_gdas")]) == 1
