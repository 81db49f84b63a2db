"""The explored settings' section: each model's labels beside that model's own grid runs."""

from __future__ import annotations

import pandas as pd

from diffqas_qlstm.report.sections import exploration_section


def _runs(model: str, values: dict[int, float], dataset: str = "narma5", cpu: str | None = None) -> pd.DataFrame:
    return pd.DataFrame([{"dataset": dataset, "model": model, "seed": s, "test_mse": v, "derived_test_mse": v / 2,
                          "cpu": cpu} for s, v in values.items()])


def test_explored_labels_of_two_models_each_sit_beside_their_own_models_grid_runs() -> None:
    grid = pd.concat([_runs("diffqas_nonshared", {0: 1e-4, 1: 3e-4}), _runs("diffqas_gdas", {0: 5e-2, 1: 7e-2})])
    explored = {"arch_lr_x10": _runs("diffqas_nonshared", {0: 2e-5, 1: 4e-5}),
                "gdas_tau_1": _runs("diffqas_gdas", {0: 1e-3, 1: 3e-3})}
    text = exploration_section(grid, explored, {"arch_lr_x10": "`a: 10`", "gdas_tau_1": "`t: 1`"})
    parts = {chunk.split("\n", 1)[0]: chunk for chunk in text.split("### ")[1:]}
    assert sorted(parts) == ["diffqas_gdas", "diffqas_nonshared"]
    gdas, nonshared = parts["diffqas_gdas"], parts["diffqas_nonshared"]
    assert "| paper form (the grid's runs) | – | not recorded | 6.00e-02 (5.00e-02 / 7.00e-02) |" in gdas
    assert "| gdas_tau_1 | `t: 1` | not recorded | 2.00e-03 (1.00e-03 / 3.00e-03) |" in gdas and "arch_lr_x10" not in gdas
    assert "| paper form (the grid's runs) | – | not recorded | 2.00e-04 (1.00e-04 / 3.00e-04) |" in nonshared
    assert "| arch_lr_x10 | `a: 10` | not recorded | 3.00e-05 (2.00e-05 / 4.00e-05) |" in nonshared and "gdas_tau_1" not in nonshared
    assert "| arch_lr_x10 | `a: 10` | not recorded | not recorded | 1.50e-05 (1.00e-05 / 2.00e-05) |" in nonshared  # derived

def test_with_one_model_explored_the_section_has_no_model_heading() -> None:
    text = exploration_section(_runs("diffqas_nonshared", {0: 1e-4}), {"x": _runs("diffqas_nonshared", {0: 2e-4})},
                               {"x": "`a: 1`"})
    assert "###" not in text and "| x | `a: 1` | not recorded | 2.00e-04 (2.00e-04) |" in text


def test_each_row_names_the_cpus_its_runs_ran_on_so_a_setting_is_read_beside_a_rerun_on_its_own_cpu() -> None:
    grid = _runs("diffqas_reinforce", {0: 1e-4, 1: 3e-4}, cpu="AMD EPYC")
    explored = {"greedy": _runs("diffqas_reinforce", {0: 2e-5, 1: 4e-5}, cpu="Intel Xeon"),
                "same_here": pd.concat([_runs("diffqas_reinforce", {0: 5e-5}, cpu="Intel Xeon"),
                                        _runs("diffqas_reinforce", {1: 6e-5}, cpu="AMD EPYC")])}
    text = exploration_section(grid, explored, {"greedy": "`b: greedy`", "same_here": "none"})
    assert "| paper form (the grid's runs) | – | AMD EPYC | 2.00e-04" in text
    assert "| greedy | `b: greedy` | Intel Xeon | 3.00e-05" in text
    assert "| same_here | none | AMD EPYC / Intel Xeon | 5.50e-05" in text
    assert "| setting | what | CPU | narma5 |" in text


def test_the_derived_table_names_where_and_how_each_row_was_derived_so_unlike_derivations_are_not_read_as_one() -> None:
    grid = _runs("diffqas_nonshared", {0: 1e-4}, cpu="AMD EPYC").assign(derived_cpu="Intel Xeon", derived_fresh_start="final")
    explored = {"x": _runs("diffqas_nonshared", {0: 2e-4}, cpu="AMD EPYC").assign(derived_cpu="AMD EPYC",
                                                                                    derived_fresh_start="never")}
    text = exploration_section(grid, explored, {"x": "`a: 1`"})
    derived = text.split("Derived single-circuit model")[1]
    assert "| setting | what | derivation's CPU | `derive.fresh_start` | narma5 |" in derived
    assert "| paper form (the grid's runs) | – | Intel Xeon | final | 5.00e-05 (5.00e-05) |" in derived
    assert "| x | `a: 1` | AMD EPYC | never | 1.00e-04 (1.00e-04) |" in derived
