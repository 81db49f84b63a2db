"""The equal-budget section: the tuned runs are paired with the grid's runs of the same seeds, the
rankings under both protocols are told apart, and the family ``tuned`` is Holm-adjusted."""

from __future__ import annotations

import numpy as np
import pandas as pd
from statsmodels.stats.multitest import multipletests

from diffqas_qlstm.report import folders, tuning

SEEDS = list(range(5))


def _long(values: dict[str, list[float]], dataset: str = "damped_shm") -> pd.DataFrame:
    rows = [{"dataset": dataset, "model": model, "seed": seed, "test_mse": v}
            for model, vs in values.items() for seed, v in zip(SEEDS, vs, strict=True)]
    return pd.DataFrame(rows)


GRID = _long({"diffqas_nonshared": [1e-4] * 5, "baseline_1": [1e-3] * 5, "classical_lstm": [1e-5] * 5})
# Tuned: the baseline gains 100×, DiffQAS nothing, the LSTM gets worse.
TUNED = _long({"diffqas_nonshared": [1.1e-4, 0.9e-4, 1e-4, 1.2e-4, 0.8e-4], "baseline_1": [1e-5, 2e-5, 1e-5, 3e-5, 1e-5],
               "classical_lstm": [1e-4, 2e-4, 1e-4, 2e-4, 1e-4]})


def test_tuned_runs_are_a_group_of_their_own_in_the_results_folder() -> None:
    assert folders.group_of("tuned/narma10/baseline_1/seed_3") == ("tuned", "narma10/baseline_1/seed_3")


def test_the_ranking_under_each_protocol_is_reported_and_a_change_is_said() -> None:
    ranks = tuning.ranking_table(GRID, TUNED).set_index("row")
    assert ranks.loc["classical_lstm", "paper rank"] == 1 and ranks.loc["baseline_1", "tuned rank"] == 1
    assert ranks.loc["baseline_1", "tuned / paper"] == np.median([1e-5, 2e-5, 1e-5, 3e-5, 1e-5]) / 1e-3
    reading = tuning.tuning_reading(GRID, TUNED)
    assert "the order of the medians changes, from classical_lstm < diffqas_nonshared < baseline_1" in reading[0]
    assert "to baseline_1 < diffqas_nonshared < classical_lstm tuned" in reading[0]


def test_the_tuned_family_pairs_rows_and_protocols_and_is_holm_adjusted_over_itself() -> None:
    table = tuning.tuned_comparisons(GRID, TUNED, "ttest_rel")
    pairs = set(zip(table["row"], table["opponent"], strict=True))
    assert ("diffqas_nonshared · tuned", "baseline_1 · tuned") in pairs
    assert ("baseline_1 · tuned", "baseline_1 · paper protocol") in pairs
    assert len(table) == 2 + 3  # DiffQAS vs two opponents, each row vs its paper-protocol runs
    assert np.allclose(table["p_ttest_holm"], multipletests(table["p_ttest"], method="holm")[1])
    gain = table[table["opponent"] == "baseline_1 · paper protocol"].iloc[0]
    assert gain["wins"] == 5 and gain["verdict"] == "lower"


def test_the_section_lists_the_studies_before_any_tuned_run_exists() -> None:
    summary = {"damped_shm/baseline_1": {"study": "damped_shm.baseline_1", "trials": 20, "complete": 14, "pruned": 6,
                                          "fail": 0, "best_validation_mse": 7.5e-6, "best_values": "training.learning_rate=0.0123"}}
    text = tuning.tuning_section(GRID, pd.DataFrame(), summary)
    assert "| damped_shm.baseline_1 | 20 | 14 | 6 | 0 | 7.50e-06 | training.learning_rate=0.0123 |" in text
    assert "make train-tuned" in text
