"""The derivation's rerun band: the grid's ensembles derived again (report/rederive.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from diffqas_qlstm.report.folders import derivations, group_of, split
from diffqas_qlstm.report.rederive import changed, changed_in, rederive_reading, rederive_section, rederive_table

ARCH = {"forget": "H-Ry-brick-Ry", "input": "H-Ry-ring-Ry", "update": "H-Ry-ring-Ry", "output": "H-Ry-brick-Rz"}


def _runs(ensembles: list[float], baseline: list[float]) -> pd.DataFrame:
    rows = [{"run": f"bessel.diffqas_nonshared.seed_{s}", "dataset": "bessel", "model": "diffqas_nonshared",
             "seed": s, "test_mse": v} for s, v in enumerate(ensembles)]
    rows += [{"run": f"bessel.baseline_1.seed_{s}", "dataset": "bessel", "model": "baseline_1", "seed": s,
              "test_mse": v} for s, v in enumerate(baseline)]
    return pd.DataFrame(rows)


def _summary(seed: int, test_mse: float, *, arch: dict | None = None, siblings: bool | None = None,
             cpu: str | None = None, swap_rounds: int | None = None, seconds: float = 5.0) -> dict:
    selection = {"shortlist_epochs": 20, "validation_fraction": 0.2, "seconds": seconds}
    if swap_rounds is not None:
        selection["swap_rounds"] = swap_rounds
    if siblings is not None:
        selection["trainable_siblings"] = siblings
    return {"run": f"bessel.diffqas_nonshared.seed_{seed}", "dataset": "bessel", "model": "diffqas_nonshared",
            "seed": seed, "method": "validated", "retrain_epochs": 100, "test_mse": test_mse, "wall_seconds": 10.0,
            "architecture": arch or ARCH, "gain": True, "selection": selection,
            **({"machine": {"cpu": cpu}} if cpu else {})}


def _grid(values: list[float]) -> dict:
    return {f"bessel/diffqas_nonshared/seed_{s}": _summary(s, v) for s, v in enumerate(values)}


def test_a_rederivation_is_its_own_group_and_never_joins_the_grids_derivations():
    key = "rederive/same_method/bessel/diffqas_nonshared/seed_0"
    assert group_of(key) == ("rederive/same_method", "bessel/diffqas_nonshared/seed_0")
    groups = split({key: _summary(0, 1.0), "bessel/diffqas_nonshared/seed_0": _summary(0, 2.0)})
    assert [r["test_mse"] for r in derivations(groups)["validated"].values()] == [2.0]


def test_each_label_gives_the_means_the_ratios_and_the_runs_that_moved_by_more_than_twice():
    runs = _runs([1e-5, 1e-5, 1e-5], [4e-4, 6e-4, 5e-4])
    grid = _grid([1e-4, 2e-3, 1e-5])
    again = {f"bessel/diffqas_nonshared/seed_{s}": _summary(s, v, cpu="AMD EPYC")
             for s, v in enumerate([1e-4, 2e-5, 1.5e-5])}
    row = rederive_table(runs, grid, {"same_method": again}).iloc[0]
    assert (row["runs"], row["same_choice"], row["moved_2x"]) == (3, 3, 1)
    assert row["grid_mean"] == pytest.approx(np.mean([1e-4, 2e-3, 1e-5]))
    assert row["mean"] == pytest.approx(np.mean([1e-4, 2e-5, 1.5e-5]))
    assert row["geomean_ratio"] == pytest.approx((1 * 0.01 * 1.5) ** (1 / 3))
    assert (row["min_ratio"], row["max_ratio"]) == pytest.approx((0.01, 1.5))
    assert (row["grid_within_2x"], row["within_2x"]) == (1, 2)
    assert row["baseline_mean"] == pytest.approx(5e-4)
    assert not row["grid_at_or_below"] and row["at_or_below"]
    assert row["what"] == "none" and row["cpu"] == "AMD EPYC"
    assert row["grid_seconds"] == row["seconds"] == pytest.approx(15.0)


def test_the_reading_names_a_dataset_whose_verdict_against_the_best_baseline_flips_on_a_rerun():
    runs = _runs([1e-5, 1e-5], [4e-4, 6e-4])
    table = rederive_table(runs, _grid([1e-3, 1e-3]), {"same_method": {
        f"bessel/diffqas_nonshared/seed_{s}": _summary(s, 1e-4) for s in range(2)}})
    [line] = rederive_reading(table)
    assert "same choice as the grid in 2 of 2 runs" in line and "moved by more than 2× in 2" in line
    assert "within 2× of the ensemble (grid → again): diffqas_nonshared 0 → 0 of 2" in line
    assert "flips on diffqas_nonshared · bessel (1.00e-03 → 1.00e-04 against 5.00e-04)" in line
    steady = rederive_table(runs, _grid([1e-3, 1e-3]), {"same_method": {
        f"bessel/diffqas_nonshared/seed_{s}": _summary(s, 1.1e-3) for s in range(2)}})
    assert "flips" not in rederive_reading(steady)[0]


def test_a_changed_derive_setting_and_another_choice_are_named():
    assert changed(_summary(0, 1.0), _summary(0, 1.0, siblings=False)) == "none"
    assert changed(_summary(0, 1.0), _summary(0, 1.0, siblings=True)) == "`derive.trainable_siblings: True`"
    other = dict(ARCH, forget="H-Ry-brick-Rx")
    table = rederive_table(_runs([1e-5], [4e-4]), _grid([1e-4]), {"trainable_siblings": {
        "bessel/diffqas_nonshared/seed_0": _summary(0, 2e-4, arch=other, siblings=True)}})
    row = table.iloc[0]
    assert row["same_choice"] == 0 and row["what"] == "`derive.trainable_siblings: True`"
    assert row["cpu"] == "not recorded"
    section = rederive_section(table)
    assert "| trainable_siblings | `derive.trainable_siblings: True` | not recorded |" in section
    assert "1.00e-04 → 2.00e-04" in section and "2.00 [2, 2]" in section


def test_a_setting_that_differs_in_some_runs_of_a_row_is_named_once_with_how_many():
    assert changed_in([{}, {}]) == "none"
    assert changed_in([{"swap_rounds": 3}, {"swap_rounds": 3}]) == "`derive.swap_rounds: 3`"
    assert changed_in([{"swap_rounds": 3}, {"trainable_siblings": True, "swap_rounds": 3}, {"swap_rounds": 3}]) == (
        "`derive.trainable_siblings: True` (1 of 3 runs), `derive.swap_rounds: 3`")  # in the order a summary records them
    table = rederive_table(_runs([1e-5, 1e-5], [4e-4, 6e-4]), _grid([1e-4, 1e-4]), {"siblings": {
        "bessel/diffqas_nonshared/seed_0": _summary(0, 2e-4, siblings=True, swap_rounds=3),
        "bessel/diffqas_nonshared/seed_1": _summary(1, 2e-4, swap_rounds=3)}})
    assert table.iloc[0]["what"] == "`derive.trainable_siblings: True` (1 of 2 runs), `derive.swap_rounds: 3`"
    [line] = rederive_reading(table)
    assert line.startswith("Re-derivation `siblings` (`derive.trainable_siblings: True` (1 of 2 runs), `derive.swap_rounds: 3`)")


def test_runs_outside_the_grid_are_left_out_and_an_empty_folder_says_how_to_fill_it():
    stray = {"bessel/diffqas_nonshared/seed_7": _summary(7, 1e-4)}
    table = rederive_table(_runs([1e-5], [4e-4]), _grid([1e-4]), {"same_method": stray})
    assert table.empty
    assert "make rederive-band" in rederive_section(table) and rederive_reading(table) == []


def test_a_changed_setting_is_also_set_beside_the_same_ensembles_derived_with_the_grids_settings():
    runs = _runs([1e-5, 1e-5], [4e-4, 6e-4])
    band = {f"bessel/diffqas_nonshared/seed_{s}": _summary(s, v, cpu="AMD EPYC") for s, v in enumerate([1e-4, 4e-4])}
    other = dict(ARCH, forget="H-Ry-brick-Ry", input="H-Ry-brick-Ry")
    changed_runs = {"bessel/diffqas_nonshared/seed_0": _summary(0, 1e-4, siblings=True, cpu="AMD EPYC"),
                    "bessel/diffqas_nonshared/seed_1": _summary(1, 1e-4, arch=other, siblings=True, cpu="AMD EPYC")}
    table = rederive_table(runs, _grid([2e-4, 2e-4]), {"same_method": band, "trainable_siblings": changed_runs})
    band_row, row = table.iloc[0], table.iloc[1]
    assert band_row["label"] == "same_method" and band_row["band_runs"] == 0 and np.isnan(band_row["band_geomean_ratio"])
    assert (row["band_runs"], row["band_same_choice"]) == (2, 1)
    assert row["band_geomean_ratio"] == pytest.approx((1.0 * 0.25) ** 0.5)
    section = rederive_section(table)
    assert "| 1 / 2, 0.50 |" in section and "| – |" in section
    line = next(t for t in rederive_reading(table) if "`trainable_siblings`" in t)
    assert "beside `same_method` (the same CPU) it made the same choice in 1 of 2 runs, geometric-mean test MSE ratio 0.50" in line


def test_swap_rounds_are_a_changed_setting_only_when_a_summary_ran_some_and_their_seconds_are_shown():
    assert changed(_summary(0, 1.0), _summary(0, 1.0, swap_rounds=0)) == "none"  # written before the setting: 0
    assert changed(_summary(0, 1.0), _summary(0, 1.0, swap_rounds=3)) == "`derive.swap_rounds: 3`"
    again = {"bessel/diffqas_nonshared/seed_0": _summary(0, 1e-5, swap_rounds=3, seconds=45.0)}
    table = rederive_table(_runs([1e-5], [4e-4]), _grid([1e-4]), {"swap_rounds": again})
    row = table.iloc[0]
    assert row["what"] == "`derive.swap_rounds: 3`" and (row["grid_within_2x"], row["within_2x"]) == (0, 1)
    assert (row["grid_seconds"], row["seconds"]) == pytest.approx((15.0, 55.0))
    assert "| 15 → 55 |" in rederive_section(table)
    assert "diffqas_nonshared 0 → 1 of 1" in rederive_reading(table)[0]


def test_a_cosine_re_training_is_a_changed_setting_and_a_summary_from_before_it_stands_for_constant():
    cosine = {**_summary(0, 1.0), "retrain_lr_schedule": "cosine"}
    assert changed(_summary(0, 1.0), {**_summary(0, 1.0), "retrain_lr_schedule": "constant"}) == "none"
    assert changed(_summary(0, 1.0), cosine) == "`derive.retrain_lr_schedule: cosine`"


def test_a_changed_setting_derived_on_another_cpu_than_same_method_is_not_set_beside_it():
    runs = _runs([1e-5], [4e-4])
    band = {"bessel/diffqas_nonshared/seed_0": _summary(0, 1e-4, cpu="AMD EPYC")}
    elsewhere = {"bessel/diffqas_nonshared/seed_0": _summary(0, 1e-6, siblings=True, cpu="Intel Xeon")}
    unknown = {"bessel/diffqas_nonshared/seed_0": _summary(0, 1e-6, swap_rounds=3)}
    table = rederive_table(runs, _grid([2e-4]), {"same_method": band, "trainable_siblings": elsewhere, "swaps": unknown})
    assert table.set_index("label").loc[["trainable_siblings", "swaps"], "band_runs"].tolist() == [0, 0]
    assert all("beside `same_method`" not in line for line in rederive_reading(table))


def test_each_changed_run_is_set_beside_the_same_method_label_that_ran_on_its_cpu():
    runs = _runs([1e-5, 1e-5], [4e-4, 6e-4])
    epyc = {f"bessel/diffqas_nonshared/seed_{s}": _summary(s, 1e-4, cpu="AMD EPYC") for s in range(2)}
    xeon = {f"bessel/diffqas_nonshared/seed_{s}": _summary(s, 4e-4, cpu="Intel Xeon") for s in range(2)}
    changed_runs = {"bessel/diffqas_nonshared/seed_0": _summary(0, 1e-4, swap_rounds=3, cpu="Intel Xeon"),
                    "bessel/diffqas_nonshared/seed_1": _summary(1, 1e-4, swap_rounds=3, cpu="AMD EPYC")}
    table = rederive_table(runs, _grid([2e-4, 2e-4]), {"same_method": epyc, "same_method_xeon": xeon,
                                                      "swap_rounds": changed_runs}).set_index("label")
    assert table.loc[["same_method", "same_method_xeon"], "band_runs"].tolist() == [0, 0]  # a band is not set beside itself
    row = table.loc["swap_rounds"]
    assert row["band_runs"] == 2 and row["band_geomean_ratio"] == pytest.approx((0.25 * 1.0) ** 0.5)  # 1e-4/4e-4, 1e-4/1e-4
    assert table.loc["same_method_xeon", "what"] == "none"


def test_a_fresh_start_is_a_changed_setting_and_the_same_architecture_started_fresh_is_another_choice():
    fresh_summary = {**_summary(0, 2e-4), "gain": True, "start": "fresh"}
    fresh_summary["selection"] = {**fresh_summary["selection"], "fresh_start": "final"}
    assert changed(_summary(0, 1.0), fresh_summary) == "`derive.fresh_start: final`"
    flag = {**fresh_summary, "selection": {**fresh_summary["selection"], "fresh_start": True}}
    assert changed(_summary(0, 1.0), flag) == "`derive.fresh_start: shortlist`"  # written when it was a flag
    assert changed(_summary(0, 1.0), {**_summary(0, 1.0), "start": "ensemble"}) == "none"
    row = rederive_table(_runs([1e-5], [4e-4]), _grid([1e-4]),
                         {"fresh_start": {"bessel/diffqas_nonshared/seed_0": fresh_summary}}).iloc[0]
    assert row["same_choice"] == 0  # the same circuits, but not the same start: not the grid's choice
    inherited = {**fresh_summary, "start": "ensemble"}
    assert rederive_table(_runs([1e-5], [4e-4]), _grid([1e-4]),
                          {"fresh_start": {"bessel/diffqas_nonshared/seed_0": inherited}}).iloc[0]["same_choice"] == 1
    # a sampled search's argmax chose without a shortlist: only the fresh start is named as changed
    argmax = {key: value for key, value in _summary(0, 1.0).items() if key != "selection"}
    assert changed(argmax, fresh_summary) == "`derive.fresh_start: final`"
    assert changed(fresh_summary, argmax) == "`derive.fresh_start: never`"  # and the other way round


def test_a_label_that_differs_from_same_method_in_more_than_one_setting_is_not_set_beside_it():
    runs = _runs([1e-5], [4e-4])
    band = {"bessel/diffqas_nonshared/seed_0": _summary(0, 1e-4, cpu="AMD EPYC")}
    two = _summary(0, 1e-6, siblings=True, swap_rounds=3, cpu="AMD EPYC")  # two settings away from the band
    one = _summary(0, 1e-6, siblings=True, cpu="AMD EPYC")
    table = rederive_table(runs, _grid([2e-4]), {"same_method": band, "both": {"bessel/diffqas_nonshared/seed_0": two},
                                                 "siblings": {"bessel/diffqas_nonshared/seed_0": one}}).set_index("label")
    assert table.loc[["both", "siblings"], "band_runs"].tolist() == [0, 1]
