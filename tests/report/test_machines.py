"""Seeds run on different CPUs: the per-cell comparison of the distributions (report/machines.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from diffqas_qlstm.report.machines import (
    machine_comparisons,
    machine_reading,
    machine_section,
    machine_summary,
)


def _runs(dataset: str, model: str, values: dict[str, list[float]], derived: dict[str, list[float]] | None = None):
    rows, seed = [], 0
    for cpu, tests in values.items():
        for k, value in enumerate(tests):
            rows.append({"dataset": dataset, "model": model, "seed": seed, "cpu": cpu, "backend": "fused",
                         "precision": "single", "test_mse": value,
                         "derived_test_mse": (derived or {}).get(cpu, [None] * len(tests))[k]})
            seed += 1
    return pd.DataFrame(rows)


def test_separated_seeds_on_two_cpus_give_the_exact_mann_whitney_p_and_the_ratio_of_the_medians():
    runs = _runs("bessel", "baseline_1", {"AMD": [1e-4, 2e-4, 3e-4, 4e-4, 5e-4], "Intel": [6e-4, 7e-4, 8e-4, 9e-4, 1e-3]})
    row = machine_comparisons(runs).iloc[0]
    assert row["cpus"] == "AMD / Intel" and row["seeds"] == "5 / 5" and row["measure"] == "ensemble"
    assert row["ratio"] == pytest.approx(8e-4 / 3e-4)
    assert row["p"] == pytest.approx(2 / 252) == pytest.approx(row["min_p"])
    assert row["p"] == pytest.approx(stats.mannwhitneyu([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).pvalue)


def test_holm_over_the_table_can_undo_a_single_small_p():
    shifted = _runs("bessel", "baseline_1", {"AMD": [1, 2, 3, 4, 5], "Intel": [6, 7, 8, 9, 10]})
    mixed = [_runs(f"d{k}", "baseline_1", {"AMD": [1, 4, 5, 8, 9], "Intel": [2, 3, 6, 7, 10]}) for k in range(3)]
    table = machine_comparisons(pd.concat([shifted, *mixed], ignore_index=True))
    assert len(table) == 4
    assert table["p"].min() < 0.05 and table["p_holm"].min() == pytest.approx(4 * table["p"].min())
    assert machine_summary(table).startswith("1 of 4 compared distributions differ")


def test_cells_with_too_few_seeds_on_a_cpu_or_one_value_for_every_seed_are_left_out():
    few = _runs("bessel", "baseline_1", {"AMD": [1, 2, 3, 4], "Intel": [5, 6]})
    constant = _runs("bessel", "constant", {"AMD": [0.2] * 3, "Intel": [0.2] * 3})
    one_cpu = _runs("narma5", "baseline_1", {"AMD": [1, 2, 3, 4, 5]})
    runs = pd.concat([few, constant, one_cpu], ignore_index=True)
    assert machine_comparisons(runs).empty
    assert machine_reading(runs) == []
    assert machine_section(runs).endswith("No cell has enough seeds on two CPUs yet.")


def test_the_derived_model_is_compared_as_its_own_measure_and_three_cpus_use_kruskal_wallis():
    values = {"A": [1, 2, 3], "B": [4, 5, 6], "C": [7, 8, 9]}
    runs = _runs("damped_shm", "diffqas_nonshared", values, derived={"A": [3, 3, 1], "B": [2, 3, 1], "C": [1, 2, 3]})
    table = machine_comparisons(runs).set_index("measure")
    assert list(table.index) == ["ensemble", "derived"]
    assert table.loc["ensemble", "p"] == pytest.approx(stats.kruskal(*values.values()).pvalue)
    assert np.isnan(table.loc["ensemble", "min_p"])


def test_the_section_and_the_reading_name_the_cpus_and_what_survives():
    runs = _runs("bessel", "baseline_1", {"AMD EPYC": [1, 2, 3, 4, 5], "Intel Xeon": [6, 7, 8, 9, 10]})
    section = machine_section(runs)
    assert "AMD EPYC 5 runs, Intel Xeon 5 runs" in section
    assert "| bessel | baseline_1 | ensemble | AMD EPYC / Intel Xeon | 5 / 5 |" in section
    (bullet,) = machine_reading(runs)
    assert "1 of 1 compared distributions differ" in bullet and "bessel baseline_1 (ensemble, ratio 2.67×)" in bullet
