"""The committed paper grid holds one derivation: every DiffQAS run's derived summary under
``results/paper/`` was written with the derive settings ``conf/`` configures for the paper
environment (issue 21: a half-finished adoption, or a conf change without one, would otherwise
publish two derivations side by side as one row, silently)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diffqas_qlstm.adoption import mismatches
from diffqas_qlstm.config import typed
from diffqas_qlstm.config.environment import configured_runs, load_parameters

GRID = Path(__file__).resolve().parents[2] / "results" / "paper"


def test_every_committed_grid_derivation_was_written_with_the_configured_derive_settings() -> None:
    if not GRID.is_dir():
        pytest.skip("no results/paper folder in this checkout")
    summaries = {}
    for run in configured_runs("paper"):
        path = GRID / run.dataset / run.model / f"seed_{run.seed}" / "derived_summary.json"
        if path.is_file():
            summaries[run.name] = json.loads(path.read_text())
    assert len(summaries) >= 300  # the grid's DiffQAS runs (353 when this test was written), not an empty glob
    parameters = load_parameters("paper")
    train = typed("train", parameters["train"])
    problems = mismatches(summaries, typed("derive", parameters["derive"]), train.model, train.training.lr_schedule,
                          where="the grid")
    assert problems == [], "\n".join(problems[:20])
