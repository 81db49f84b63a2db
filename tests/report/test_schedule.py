"""Re-derivations against baselines trained with the same setting (report/schedule.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from diffqas_qlstm.report.folders import group_of
from diffqas_qlstm.report.schedule import schedule_reading, schedule_section, schedule_table


def _runs(dataset: str, derived: list[float], baseline_1: list[float], baseline_4: list[float]) -> pd.DataFrame:
    rows = [{"run": f"{dataset}.diffqas_nonshared.seed_{s}", "dataset": dataset, "model": "diffqas_nonshared",
             "seed": s, "test_mse": 1e-5} for s in range(len(derived))]
    for model, values in (("baseline_1", baseline_1), ("baseline_4", baseline_4)):
        rows += [{"run": f"{dataset}.{model}.seed_{s}", "dataset": dataset, "model": model, "seed": s, "test_mse": v}
                 for s, v in enumerate(values)]
    return pd.DataFrame(rows)


def _derived(dataset: str, values: list[float]) -> dict:
    return {f"{dataset}/diffqas_nonshared/seed_{s}": {"run": f"{dataset}.diffqas_nonshared.seed_{s}", "test_mse": v}
            for s, v in enumerate(values)}


def test_a_verdict_against_baselines_that_did_not_get_the_same_training_is_shown_beside_the_fair_one():
    runs = pd.concat([_runs("bessel", [1, 1], [4e-4, 6e-4], [7e-3, 7e-3]), _runs("narma5", [1, 1], [3e-5, 3e-5], [2e-5, 3e-5])])
    grid = {**_derived("bessel", [8e-4, 2e-4]), **_derived("narma5", [3e-5, 3e-5])}
    again = {"cosine": {**_derived("bessel", [2e-4, 2e-4]), **_derived("narma5", [2e-5, 2e-5])},
             "other": _derived("bessel", [1e-9, 1e-9])}  # no baselines under "other": no row
    same = pd.concat([_runs("bessel", [], [1e-4, 1e-4], [7e-3, 7e-3]), _runs("narma5", [], [2e-5, 2e-5], [3e-5, 3e-5])])
    table = schedule_table(runs, grid, again, {"cosine": same, "unused": same})
    assert list(table["label"]) == ["cosine", "cosine"]
    bessel = table.set_index("dataset").loc["bessel"]
    assert bessel["grid_mean"] == pytest.approx(5e-4) and bessel["mean"] == pytest.approx(2e-4)
    assert (bessel["paper_baseline"], bessel["paper_baseline_mean"]) == ("baseline_1", pytest.approx(5e-4))
    assert bessel["at_or_below_paper"] and not bessel["at_or_below_same"]
    assert (bessel["same_baseline"], bessel["same_baseline_seeds"], bessel["same_baselines"]) == ("baseline_1", 2, "baseline_1, baseline_4")
    narma5 = table.set_index("dataset").loc["narma5"]
    assert narma5["paper_baseline"] == "baseline_4" and narma5["at_or_below_paper"] and narma5["at_or_below_same"]
    section = schedule_section(table)
    assert "| 5.00e-04 → 2.00e-04 | baseline_1 5.00e-04 | **yes** | baseline_1 1.00e-04 (2) | no |" in section
    assert "the label's setting: `cosine`: baseline_1, baseline_4)" in section
    assert schedule_reading(table) == [
        "Baselines trained with `cosine`: the best baseline's mean is 0.20× the grid's best on bessel, 0.80× the "
        "grid's best on narma5 (below 1: `cosine` helps the hand-designed circuits too).",
        "Re-derived with `cosine`, diffqas_nonshared's derived models are at or below the best hand-designed "
        "baseline's mean on 2 of 2 datasets against the baselines as the grid trained them, and on 1 of 2 against "
        "the baselines trained with `cosine` too (narma5)."]


def test_nothing_is_written_without_a_label_that_has_both_a_re_derivation_and_baselines():
    runs = _runs("bessel", [1], [4e-4], [7e-3])
    assert schedule_section(schedule_table(runs, _derived("bessel", [1e-4]), {"cosine": _derived("bessel", [1e-4])}, {})) == ""
    assert group_of("schedule/cosine/bessel/baseline_1/seed_0") == ("schedule/cosine", "bessel/baseline_1/seed_0")


def test_the_gap_free_comparison_under_a_label_pairs_the_searchs_and_nonshareds_re_derived_seeds():
    from diffqas_qlstm.report.schedule import sampled_under, sampled_under_reading, sampled_under_section

    def summary(model: str, method: str, seed: int, value: float) -> dict:
        return {"run": f"bessel.{model}.seed_{seed}", "model": model, "method": method, "dataset": "bessel",
                "seed": seed, "test_mse": value}

    again = {f"bessel/{m}/seed_{s}": summary(m, method, s, v)
             for m, method, values in (("diffqas_nonshared", "validated", [1e-4, 1e-4, 1e-4]),
                                       ("diffqas_reinforce", "argmax", [5e-5, 2e-4, 5e-5]))
             for s, v in enumerate(values)}
    runs = pd.DataFrame({"run": [f"bessel.{m}.seed_{s}" for m in ("diffqas_nonshared", "diffqas_reinforce") for s in range(3)],
                         "training_seconds": [200.0] * 3 + [20.0] * 3})
    compared = sampled_under(runs, {"cosine": again, "nonshared_only": {k: v for k, v in again.items() if "nonshared" in k}})
    assert list(compared) == ["cosine"]
    frame, pooled = compared["cosine"]
    assert list(pooled["over"]) == ["synthetic datasets"]  # no real-world series: one pool, not the same one twice
    row = frame.iloc[0]
    assert (row["search"], int(row["paired_lower"]), int(row["paired_seeds"])) == ("diffqas_reinforce", 2, 3)
    assert row["search_derived"] == pytest.approx(1e-4) and bool(row["at_least_as_good"])
    assert float(row["time_ratio"]) == pytest.approx(0.1)
    assert "| diffqas_reinforce | bessel | 3 / 3 |" in sampled_under_section(compared)
    line = sampled_under_reading(compared)[0]
    assert line.startswith("Re-derived with `cosine` on both sides, diffqas_reinforce's derived models are at least "
                           "as good as diffqas_nonshared's on 1 of 1 datasets on means; its paired seeds pooled over "
                           "the synthetic datasets: median ratio 0.50")
    assert line.endswith("over 3 pairs.")
