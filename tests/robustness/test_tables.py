"""The robustness tables say how many seeds each row holds (robustness/tables.py)."""

from __future__ import annotations

import pandas as pd

from diffqas_qlstm.robustness.tables import robustness_markdown, robustness_table


def _evaluations(model: str, seeds: list[int]) -> list[dict]:
    rows = []
    for seed in seeds:
        rows.append({"dataset": "d", "model": model, "seed": seed, "kind": "exact", "level": 0, "draw": 0,
                     "test_mse": 1e-3 * (seed + 1)})
        rows += [{"dataset": "d", "model": model, "seed": seed, "kind": "shots", "level": 100, "draw": draw,
                  "test_mse": 2e-3} for draw in range(2)]
    return rows


def test_rows_of_one_dataset_that_hold_different_seeds_say_how_many():
    runs = pd.DataFrame(_evaluations("baseline_1", [0, 1, 2]) + _evaluations("diffqas_shared (derived)", [5]))
    text = robustness_markdown(robustness_table(runs))
    assert "| model | seeds | exact | shots=100 |" in text
    assert "| baseline_1 | 3 | 2.00e-03 ± 1.0e-03 | 2.00e-03 ± 0.0e+00 |" in text
    assert "| diffqas_shared (derived) | 1 | 6.00e-03 | 2.00e-03 ± 0.0e+00 |" in text
