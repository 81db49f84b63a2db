"""The fidelity note states what the double-precision reruns measured, and how many seeds each cell has."""

from __future__ import annotations

import pandas as pd
import pytest

from diffqas_qlstm.report.fidelity import precision_bullet, seeds_bullet


def _runs(model: str = "diffqas_nonshared", values: tuple[float, ...] = (1e-5, 2e-5, 4e-5, 8e-5)) -> pd.DataFrame:
    return pd.DataFrame({"run": [f"d.{model}.seed_{s}" for s in range(len(values))], "dataset": "d",
                         "model": model, "seed": range(len(values)), "test_mse": values,
                         "derived_test_mse": [v * 2 for v in values]})


def _band(label: str, precision: str, ratios: list[float], test_mse: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"label": label, "run": [f"d.diffqas_nonshared.seed_{s}" for s in range(len(ratios))],
                         "precision": precision, "test_mse": test_mse, "ratio": ratios,
                         "derived_test_mse": [None] * len(ratios), "derived_ratio": [float("nan")] * len(ratios)})


def test_six_double_reruns_all_higher_are_reported_as_a_systematic_shift_by_the_sign_test() -> None:
    runs = _runs(values=(1e-5, 2e-5, 4e-5, 8e-5, 1e-5, 2e-5))
    double = _band("statevector_double", "double", [3.0] * 6, [3e-5, 6e-5, 1.2e-4, 2.4e-4, 3e-5, 6e-5])
    single = _band("perturb_1e-7", "single", [1.0, 1.0, 2.0], [1e-5, 2e-5, 8e-5])
    text = precision_bullet(runs, pd.concat([double, single], ignore_index=True))
    assert "6 committed runs re-run in double precision" in text
    assert "ended 6 higher and 0 lower" in text
    assert "moved 1 of 3 results" in text
    assert f"p = {2 / 2**6:.2g}" in text and "show a systematic shift" in text
    # 3e-5, 6e-5, 3e-5, 6e-5 lie inside [1e-5, 8e-5]; 1.2e-4 and 2.4e-4 above it
    assert "4 of 6 double-precision results lie within the range" in text


def test_two_double_reruns_that_moved_both_ways_show_no_systematic_shift() -> None:
    double = _band("statevector_double", "double", [10.0, 0.05], [1e-4, 1e-6])
    text = precision_bullet(_runs(), double)
    assert "ended 1 higher and 1 lower" in text and "show no systematic shift" in text
    assert "0 of 2 double-precision results lie within the range" in text


def test_without_a_double_precision_rerun_the_note_says_none_was_run() -> None:
    assert "no double-precision rerun is in the results folder yet" in precision_bullet(_runs(), pd.DataFrame())


def test_the_seeds_bullet_gives_the_range_of_seeds_per_cell_and_the_rows_with_the_most() -> None:
    runs = pd.concat([_runs("diffqas_nonshared", tuple([1e-5] * 10)), _runs("baseline_1", (1e-5, 2e-5, 3e-5))])
    text = seeds_bullet(runs)
    assert "we report 3–10 seeds per cell" in text and "10 for `diffqas_nonshared`" in text
    assert "we report 3 seeds per cell." in seeds_bullet(_runs("baseline_1", (1e-5, 2e-5, 3e-5)))


@pytest.mark.parametrize("ratio", [1.005, 0.995])
def test_a_rerun_within_one_percent_has_not_moved(ratio: float) -> None:
    text = precision_bullet(_runs(), _band("statevector_double", "double", [ratio], [1e-5]))
    assert "ended 0 higher and 0 lower" in text and "sign test" not in text


def test_a_rerun_derived_with_other_derive_settings_than_the_grid_gives_no_derived_ratio_and_no_place_among_seeds() -> None:
    from diffqas_qlstm.report.rerun import rerun_table

    grid = pd.DataFrame({"run": [f"d.m.seed_{i}" for i in range(3)], "dataset": "d", "model": "m", "seed": [0, 1, 2],
                         "test_mse": [1e-4, 2e-4, 3e-4], "derived_test_mse": [1e-5, 2e-5, 3e-5]})
    rerun = pd.DataFrame({"run": ["d.m.seed_0"], "test_mse": [1e-4], "derived_test_mse": [9e-4],
                          "backend": ["statevector"], "precision": ["double"]})
    now = {"method": "validated", "retrain_epochs": 100, "selection": {"fresh_start": "final", "fresh_restarts": 4}}
    before = {"method": "validated", "retrain_epochs": 100}
    for derived, compared in ((before, False), (now, True)):
        table = rerun_table(grid, {"double": rerun}, {}, {"grid": {"d.m.seed_0": now}, "double": {"d.m.seed_0": derived}})
        row = table.iloc[0]
        assert bool(row["derived_compared"]) is compared
        assert (row["derived_ratio"] == pytest.approx(90.0)) if compared else pd.isna(row["derived_ratio"])
        bullet = precision_bullet(grid, table)
        assert ("ended 1 higher" in bullet and "1 of 2 double-precision results" in bullet) if compared \
            else ("ended 0 higher and 0 lower" in bullet and "1 of 1 double-precision results" in bullet)


def test_the_rerun_section_counts_left_out_derivations_among_the_reruns_that_have_a_derived_model() -> None:
    from diffqas_qlstm.report.rerun import rerun_section, rerun_table

    grid = pd.DataFrame({"run": ["d.m.seed_0", "d.b.seed_0"], "test_mse": [1e-4, 1e-3],
                         "derived_test_mse": [1e-5, None]})
    rerun = grid.assign(test_mse=[2e-4, 1e-3], derived_test_mse=[3e-5, None], backend="fused", precision="single")
    table = rerun_table(grid, {"threads": rerun}, {}, {"grid": {"d.m.seed_0": {"method": "validated"}},
                                                       "threads": {"d.m.seed_0": {"method": "magnitude"}}})
    assert "(1 of the 1 reruns with a derived model:" in rerun_section(table)


def test_a_rerun_on_another_cpu_than_its_grid_run_names_both_cpus_for_its_ensemble_and_its_derived_model() -> None:
    from diffqas_qlstm.report.rerun import rerun_section, rerun_table

    grid = pd.DataFrame({"run": ["d.m.seed_0", "d.b.seed_0"], "test_mse": [1e-4, 1e-3], "derived_test_mse": [1e-5, None],
                         "cpu": ["AMD EPYC", "AMD EPYC"], "derived_cpu": ["Intel(R) Xeon(R) Processor", None]})
    rerun = grid.assign(test_mse=[2e-4, 1e-3], derived_test_mse=[3e-5, None], backend="fused", precision="single",
                        cpu=["Intel(R) Xeon(R) Processor", "AMD EPYC"], derived_cpu=["AMD EPYC", None])
    section = rerun_section(rerun_table(grid, {"perturb": rerun}, {}))
    assert "| AMD EPYC → Intel Xeon; Intel Xeon → AMD EPYC |" in section
    assert "| AMD EPYC |" in section  # the baseline: one CPU, no derived model
