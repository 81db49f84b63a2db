"""Paired comparisons over seeds, Holm-corrected per family; the ground truth; the rerun band."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.multitest import multipletests

from diffqas_qlstm.report.evidence import (
    best_baseline,
    final_and_last_epochs,
    paired_comparisons,
    real_world_reading,
)
from diffqas_qlstm.report.ground_truth import (
    ground_truth_reading,
    placement,
    score_correlations,
    uniform_means,
    uniform_table,
)
from diffqas_qlstm.report.rerun import parting_epoch, rerun_table


def _long(rows: dict[str, list[float]], dataset: str = "d") -> pd.DataFrame:
    frames = [pd.DataFrame({"dataset": dataset, "model": model, "seed": range(len(values)), "test_mse": values})
              for model, values in rows.items()]
    return pd.concat(frames, ignore_index=True)


def test_ten_seeds_all_won_are_decided_by_wilcoxon_and_three_seeds_never_are() -> None:
    rng = np.random.default_rng(0)
    base = 10 ** rng.uniform(-4, -3, 10)
    better = base / 10 ** rng.uniform(0.5, 1.5, 10)
    ten = _long({"diffqas_nonshared": list(better), "baseline_1": list(base)})
    three = _long({"diffqas_nonshared": list(better[:3]), "baseline_1": list(base[:3])})
    decided = paired_comparisons(ten, "wilcoxon").iloc[0]
    assert decided["decided"] and decided["verdict"] == "lower" and decided["wins"] == 10
    assert decided["p_wilcoxon"] == pytest.approx(2 / 2**10)  # exact two-sided signed-rank, all one sign
    assert decided["ratio_low"] <= decided["median_ratio"] <= decided["ratio_high"]
    undecided = paired_comparisons(three, "wilcoxon").iloc[0]
    assert undecided["p_wilcoxon"] == pytest.approx(0.25) and not undecided["decided"]


def test_holm_adjusts_each_family_over_its_own_comparisons_only() -> None:
    rng = np.random.default_rng(1)
    frames = []
    for dataset in ("a", "b", "c"):
        base = 10 ** rng.uniform(-4, -3, 8)
        frames.append(_long({"diffqas_nonshared": list(base * 10 ** rng.normal(-0.3, 0.3, 8)),
                             "diffqas_nonshared (derived)": list(base * 10 ** rng.normal(0.1, 0.5, 8)),
                             "diffqas_nonshared_softmax": list(base * 10 ** rng.normal(0, 0.5, 8)),
                             "baseline_1": list(base), "classical_lstm": list(base * 0.5)}, dataset))
    table = paired_comparisons(pd.concat(frames, ignore_index=True), "ttest_rel")
    assert table["family"].value_counts().to_dict() == {"claim": 6, "other": 12}
    for _, part in table.groupby("family"):
        np.testing.assert_allclose(part["p_ttest_holm"], multipletests(part["p_ttest"], method="holm")[1])
        np.testing.assert_allclose(part["p_wilcoxon_holm"], multipletests(part["p_wilcoxon"], method="holm")[1])
    assert (table["decided"] == (table["p_ttest_holm"] < 0.05)).all()


def test_the_best_baseline_is_the_one_with_most_seeds_then_the_lowest_median() -> None:
    long = _long({"baseline_1": [3e-4, 3e-4, 3e-4], "baseline_4": [1e-4, 1e-4], "baseline_2": [2e-4, 9e-4, 1e-4]})
    assert best_baseline(long) == "baseline_2"
    assert best_baseline(_long({"classical_lstm": [1.0]})) is None


def test_the_final_epoch_is_shown_beside_the_last_ten_epochs_mean() -> None:
    long = _long({"m": [1.0, 4.0, 9.0]}).assign(test_mse_last10=[2.0, 2.0, 3.0])
    row = final_and_last_epochs(long).iloc[0]
    assert (row["final"], row["last10"], row["ratio"]) == (4.0, 2.0, 2.0)


def _truth() -> pd.DataFrame:
    names = ["H-Ry-brick-Ry", "H-Rx-ring-Rz", "noH-Rz-brick-Rx", "noH-Ry-ring-Ry"]
    values = [4e-4, 1e-4, 9e-3, 2e-4]
    rows = [{"dataset": "d", "model": f"uniform_{n}", "seed": s, "test_mse": v * (1 + 0.1 * s)}
            for n, v in zip(names, values, strict=True) for s in range(3)]
    return pd.DataFrame(rows)


def test_the_uniform_circuits_are_ranked_and_the_derived_rows_placed_among_them() -> None:
    truth = _truth()
    table = uniform_table(truth)
    assert table["candidate"].tolist() == ["H-Rx-ring-Rz", "noH-Ry-ring-Ry", "H-Ry-brick-Ry", "noH-Rz-brick-Rx"]
    assert table.loc[table["candidate"] == "H-Ry-brick-Ry", "baseline"].item() == "baseline_1"
    long = _long({"diffqas_nonshared (derived)": [3e-4, 3e-4, 3e-4], "persistence": [1e-2] * 3})
    places = placement(long, uniform_means(truth)).set_index("row")
    assert places.loc["diffqas_nonshared (derived)", "uniform_lower"] == 2
    assert places.loc["persistence", "uniform_lower"] == 4


def test_the_ground_truth_reading_says_when_the_ensemble_is_below_every_uniform_circuit() -> None:
    truth = _truth()  # best uniform circuit: H-Rx-ring-Rz, mean 1.1e-4
    long = _long({"diffqas_nonshared": [1e-5, 2e-5, 3e-5], "diffqas_nonshared (derived)": [3e-4] * 3})
    (line,) = ground_truth_reading(truth, long)
    assert "the best uniform circuit is H-Rx-ring-Rz (1.10e-04)" in line
    assert "its ensemble (median 2.00e-05) is 0.18× the best uniform circuit, so a derived circuit" in line
    close = ground_truth_reading(truth, _long({"diffqas_nonshared": [1e-4] * 3}))[0]
    assert "is 0.91× the best uniform circuit (" in close  # within 2×: no such bar


def test_a_score_that_ranks_the_standalone_circuits_correctly_has_spearman_minus_one() -> None:
    means = uniform_means(_truth())
    order = means["d"].sort_values().index  # best first
    ranking = pd.DataFrame({"gate": "update", "candidate": list(order),
                            "magnitude": [4.0, 3.0, 2.0, 1.0], "contribution": [1.0, 2.0, 3.0, 4.0]})
    rho = score_correlations({"d/diffqas_nonshared/seed_0": ranking}, means).set_index("score")["rho"]
    assert rho["magnitude"] == pytest.approx(-1.0) and rho["contribution"] == pytest.approx(1.0)


def test_identical_histories_never_part_and_a_rerun_is_set_beside_its_grid_run() -> None:
    history = pd.DataFrame({"test_mse": [1.0, 0.5, 0.25]})
    assert parting_epoch(history, history.copy()) is None
    assert parting_epoch(history, pd.DataFrame({"test_mse": [1.0, 0.5, 0.26]})) == 3
    grid = pd.DataFrame({"run": ["d.m.seed_0"], "test_mse": [2e-4], "derived_test_mse": [4e-4]})
    rerun = grid.assign(test_mse=[1e-4], derived_test_mse=[4e-4], backend="statevector", precision="double")
    row = rerun_table(grid, {"statevector_double": rerun}, {}).iloc[0]
    assert (row["ratio"], row["derived_ratio"], row["precision"]) == (0.5, 1.0, "double")


def test_the_real_world_reading_sets_each_real_series_beside_the_synthetic_majority_and_names_only_decided_ones():
    table = pd.DataFrame({
        "family": ["claim"] * 4 + ["other"],
        "dataset": ["bessel", "narma5", "sunspots", "nile", "sunspots"],
        "row": ["diffqas_nonshared"] * 5,
        "opponent": ["baseline_1", "baseline_4", "baseline_1", "baseline_1", "classical_lstm"],
        "n": [10, 10, 10, 10, 10], "median_ratio": [0.5, 0.7, 1.5, 0.9, 3.0],
        "decided": [True, False, True, False, False], "verdict": ["lower", "undecided", "higher", "undecided", "undecided"],
    })
    lines = real_world_reading(table)
    assert lines[0] == ("Real-world series, diffqas_nonshared vs the best baseline: median ratio sunspots 1.5× (10 seeds), "
                        "nile 0.9× (10 seeds); below 1 on 1 of 2 real series and 2 of 2 synthetic datasets; "
                        "decided on a real series: sunspots higher.")
    assert lines[1].startswith("Real-world series, diffqas_nonshared vs the classical LSTM: median ratio sunspots 3×")
    assert lines[1].endswith("below 1 on 0 of 1 real series and 0 of 0 synthetic datasets; decided on a real series: none.")
    assert len(lines) == 2  # the derived row has no comparison here
    assert real_world_reading(table[~table["dataset"].isin(["sunspots", "nile"])]) == []
