"""The derivation's reading: the synthetic datasets' figures beside the totals once real-world series are in."""

from __future__ import annotations

import pandas as pd
import pytest

from diffqas_qlstm.report.derivation import derivation_reading


def _runs_and_summaries(datasets: list[str]) -> tuple[pd.DataFrame, dict]:
    runs, summaries = [], {}
    for i, dataset in enumerate(datasets):
        name = f"{dataset}.diffqas_nonshared.seed_0"
        runs.append({"run": name, "dataset": dataset, "model": "diffqas_nonshared", "seed": 0, "test_mse": 1e-4,
                     "degenerate": False})
        runs.append({"run": f"{dataset}.baseline_1.seed_0", "dataset": dataset, "model": "baseline_1", "seed": 0,
                     "test_mse": 2e-4, "degenerate": False})
        # derived / ensemble: 4× on the first synthetic dataset, 1× elsewhere
        summaries[f"{dataset}/diffqas_nonshared/seed_0"] = {"run": name, "test_mse": 4e-4 if i == 0 else 1e-4,
                                                            "method": "validated", "degenerate": False}
    return pd.DataFrame(runs), {"validated": summaries}


def test_with_real_world_series_the_reading_also_gives_the_synthetic_datasets_alone():
    runs, derived = _runs_and_summaries(["bessel", "narma5", "sunspots", "nile"])
    lines = derivation_reading(runs, derived)
    assert ("diffqas_nonshared, `validated`: 3 of 4 derived runs within 2× of their ensemble, geometric-mean ratio "
            "1.41 (synthetic datasets alone: 1 of 2, 2.00).") in lines
    assert ("diffqas_nonshared derived (`validated`) at or below the best hand-designed baseline's mean on 3 of 4 "
            "datasets (1 of 2 synthetic).") in lines


def test_without_real_world_series_the_reading_gives_the_totals_alone():
    runs, derived = _runs_and_summaries(["bessel", "narma5"])
    lines = derivation_reading(runs, derived)
    assert ("diffqas_nonshared, `validated`: 1 of 2 derived runs within 2× of their ensemble, geometric-mean ratio "
            "2.00.") in lines
    assert not any("synthetic" in line for line in lines)


def test_the_discovered_circuit_is_the_seed_with_the_lowest_training_mse_among_healthy_own_derivations() -> None:
    from diffqas_qlstm.report.discovered import discovered_circuits

    table = pd.DataFrame({
        "run": ["d.m.seed_0", "d.m.seed_1", "d.m.seed_2", "d.m.seed_1"], "dataset": "d", "model": "m",
        "seed": [0, 1, 2, 1], "method": ["validated", "validated", "validated", "magnitude"],
        # seed 2 has the lowest training MSE but is flagged; seed 1's magnitude row is not its own derivation
        "derived_test_mse": [1e-4, 5e-5, 1e-2, 1e-6], "derived_train_mse": [2e-4, 3e-4, 1e-6, 1e-9],
        "derived_degenerate": [False, False, True, False],
        "architecture": ["a / b / c / d", "e / f / g / h", "i / j / k / l", "m / n / o / p"]})
    own = {"d.m.seed_0": "validated", "d.m.seed_1": "validated", "d.m.seed_2": "validated"}
    row = discovered_circuits(table, own).iloc[0]
    assert (int(row["seed"]), row["forget"], row["healthy"], row["seeds"]) == (0, "a", 2, 3)
    assert row["derived_test_mse"] == 1e-4 and row["median_test_mse"] == pytest.approx(1e-4)
    assert row["folder"] == "d/m/seed_0/derived_qasm/"


def test_a_row_whose_every_derived_model_is_flagged_points_at_no_circuit() -> None:
    from diffqas_qlstm.report.discovered import discovered_circuits, discovered_markdown

    table = pd.DataFrame({"run": ["d.m.seed_0"], "dataset": "d", "model": "m", "seed": [0], "method": "magnitude",
                          "derived_test_mse": [4e-2], "derived_train_mse": [0.2], "derived_degenerate": [True],
                          "architecture": ["a / b / c / d"]})
    frame = discovered_circuits(table, {"d.m.seed_0": "magnitude"})
    assert pd.isna(frame.iloc[0]["seed"]) and frame.iloc[0]["healthy"] == 0
    assert "| – (0 / 1) |" in discovered_markdown(frame)


def test_the_reading_compares_each_sampled_search_with_the_nonshared_derived_models_and_their_search_seconds():
    runs, summaries = [], {}
    for dataset in ("bessel", "narma5"):
        for model, seconds, derived in (("diffqas_nonshared", 200.0, 1e-4), ("diffqas_gdas", 40.0, 3e-4),
                                        ("diffqas_reinforce", 30.0, 1e-4 if dataset == "bessel" else 2e-4)):
            name = f"{dataset}.{model}.seed_0"
            runs.append({"run": name, "dataset": dataset, "model": model, "seed": 0, "test_mse": 1e-4,
                         "degenerate": False, "training_seconds": seconds})
            summaries[f"{dataset}/{model}/seed_0"] = {"run": name, "test_mse": derived, "degenerate": False,
                                                      "method": "argmax" if model != "diffqas_nonshared" else "validated"}
    lines = derivation_reading(pd.DataFrame(runs), {"validated": summaries})
    assert ("diffqas_gdas derived at least as good as diffqas_nonshared derived (`validated`) on 0 of 2 datasets "
            "(means over seeds; paired by seed, geometric-mean ratio 3.00–3.00; too few paired seeds for a test), "
            "at 0.20–0.20× its search seconds.") in lines
    assert ("diffqas_reinforce derived at least as good as diffqas_nonshared derived (`validated`) on 1 of 2 datasets "
            "(means over seeds; paired by seed, geometric-mean ratio 1.00–2.00; too few paired seeds for a test), "
            "at 0.15–0.15× its search seconds.") in lines
