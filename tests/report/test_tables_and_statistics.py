"""Results table (Table II shape) and the paired comparison, on synthetic runs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from diffqas_qlstm.report import (
    collect_runs,
    compare_to_best_baseline,
    prediction_frame,
    results_markdown,
    results_table,
    run_metrics,
    statistics_markdown,
)


def _records() -> list[dict]:
    rng = np.random.default_rng(0)
    records = []
    for dataset, scale in (("bessel", 1e-3), ("narma5", 1e-4)):
        for model, factor in (("diffqas_nonshared", 0.5), ("baseline_1", 1.0), ("baseline_4", 2.0),
                              ("persistence", 3.0), ("constant", 10.0)):
            for seed in (0, 1, 2):
                record = {"run": f"{dataset}.{model}.seed_{seed}", "dataset": dataset, "model": model,
                          "seed": seed, "test_mse": scale * factor * (1 + 0.1 * rng.standard_normal())}
                if model.startswith("diffqas"):
                    record["derived_test_mse"] = scale * 0.8 * (1 + 0.1 * rng.standard_normal())
                records.append(record)
    return records


def test_results_table_has_a_row_per_model_and_a_column_per_dataset() -> None:
    runs = collect_runs(*_records())
    assert len(runs) == 2 * (5 + 1) * 3
    table = results_table(runs)
    assert list(table.columns) == ["model", "bessel", "narma5", "seeds"]
    assert table["model"].tolist() == ["diffqas_nonshared", "diffqas_nonshared (derived)", "baseline_1",
                                       "baseline_4", "persistence", "constant"]
    for dataset in ("bessel", "narma5"):
        marked = table[table[dataset].str.endswith(" *")]["model"].tolist()
        assert marked == ["diffqas_nonshared"]
        assert all(" ± " in cell for cell in table[dataset])
    assert set(table["seeds"]) == {"3"}
    markdown = results_markdown(table)
    assert markdown.count("**") == 4 and "| diffqas_nonshared (derived) |" in markdown


def test_summary_and_metrics_records_merge_and_missing_cells_show_a_dash() -> None:
    summary = {"run": "bessel.baseline_1.seed_0", "dataset": "bessel", "model": "baseline_1", "seed": 0,
               "test_mse": 9.0}
    metrics = dict(summary, test_mse=1.0)
    other = {"run": "narma5.constant.seed_0", "dataset": "narma5", "model": "constant", "seed": 0, "test_mse": 2.0}
    table = results_table(collect_runs(summary, metrics, other))
    assert table.set_index("model").loc["baseline_1", "bessel"] == "1.00e+00 *"  # metrics win; 1 seed: no ±
    assert table.set_index("model").loc["baseline_1", "narma5"] == "–"


def test_paired_comparison_against_the_best_baseline() -> None:
    runs = collect_runs(*_records())
    stats = compare_to_best_baseline(runs)
    assert len(stats) == 4  # 2 datasets × (ensemble, derived)
    row = stats[(stats["dataset"] == "bessel") & (stats["diffqas"] == "diffqas_nonshared")].iloc[0]
    assert row["baseline"] == "baseline_1" and row["n_pairs"] == 3
    a = runs[(runs["dataset"] == "bessel") & (runs["model"] == "diffqas_nonshared")]["test_mse"].to_numpy()
    b = runs[(runs["dataset"] == "bessel") & (runs["model"] == "baseline_1")]["test_mse"].to_numpy()
    from scipy import stats as scipy_stats

    assert row["mean_difference"] == pytest.approx((a - b).mean())
    assert row["p_value"] == pytest.approx(scipy_stats.ttest_rel(a, b).pvalue)
    assert row["mean_difference"] < 0 and row["p_value"] < 0.05
    assert "DiffQAS vs the best" in statistics_markdown(stats)


def test_fewer_than_two_seeds_gives_nan_and_a_note() -> None:
    one_seed = [r for r in _records() if r["seed"] == 0]
    stats = compare_to_best_baseline(collect_runs(*one_seed))
    assert stats["p_value"].isna().all() and stats["n_pairs"].eq(1).all()
    assert stats["note"].str.contains("at least 2").all()
    no_baseline = [r for r in _records() if not r["model"].startswith("baseline")]
    stats = compare_to_best_baseline(collect_runs(*no_baseline))
    assert stats["baseline"].isna().all() and stats["note"].str.contains("no hand-designed").all()
    nothing = compare_to_best_baseline(collect_runs(*[r for r in _records() if r["model"] == "constant"]))
    assert nothing.empty and "nothing to compare" in statistics_markdown(nothing)


def test_prediction_frame_and_metrics() -> None:
    windows = {"y_train": np.array([0.0, 1.0]), "y_test": np.array([2.0, 3.0]),
               "target_index_train": np.array([4, 5]), "target_index_test": np.array([6, 7])}
    frame = prediction_frame(windows, np.array([0.0, 2.0]), np.array([2.0, 5.0]),
                             derived=(np.zeros(2), np.array([2.0, 3.0])))
    assert frame.columns.tolist() == ["index", "target", "prediction", "split", "prediction_derived"]
    assert frame["split"].tolist() == ["train", "train", "test", "test"]
    metrics = run_metrics(frame, {"run": "r", "dataset": "d", "model": "diffqas_shared", "seed": 1},
                          {"architecture": {"forget": "H-Ry-brick-Ry"}, "test_mse_before_retrain": 0.5})
    assert (metrics["train_mse"], metrics["test_mse"], metrics["derived_test_mse"]) == (0.5, 2.0, 0.0)
    assert metrics["derived_architecture"] == {"forget": "H-Ry-brick-Ry"}
    assert isinstance(pd.DataFrame([metrics]), pd.DataFrame)
