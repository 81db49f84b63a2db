"""The derivation's reading: the synthetic datasets' figures beside the totals once real-world series are in."""

from __future__ import annotations

import pandas as pd

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
