"""The sampled searches' report: their logits' sharpness read from the histories, and its figure."""

from __future__ import annotations

import pandas as pd
import pytest

from diffqas_qlstm.config import GATE_NAMES
from diffqas_qlstm.report.sampled import plot_top_weights, top_weights


def _history(update: list[float], n: int = 4) -> pd.DataFrame:
    """Epochs 1..len(update): candidate 0 of the update gate has the given weight, the others share the rest;
    the other gates stay uniform."""
    columns = {"epoch": list(range(1, len(update) + 1)), "train_mse": [0.1] * len(update)}
    for gate in GATE_NAMES:
        for j in range(n):
            if gate == "update":
                columns[f"a_{gate}_{j:02d}"] = [w if j == 0 else (1 - w) / (n - 1) for w in update]
            else:
                columns[f"a_{gate}_{j:02d}"] = [1 / n] * len(update)
    return pd.DataFrame(columns)


def test_the_top_weights_are_each_gates_largest_weight_per_epoch_of_the_sampled_searches_only():
    def never() -> pd.DataFrame:
        raise AssertionError("a run that is not a sampled search was read")

    histories = {"bessel/diffqas_reinforce/seed_0": lambda: _history([0.25, 0.5, 0.9]),
                 "bessel/diffqas_gdas/seed_1": _history([0.25, 0.3, 0.35]),
                 "bessel/diffqas_nonshared/seed_0": never, "bessel/baseline_1/seed_0": never}
    weights = top_weights(histories)
    assert set(weights["model"]) == {"diffqas_reinforce", "diffqas_gdas"}
    update = weights[(weights["model"] == "diffqas_reinforce") & (weights["gate"] == "update")]
    assert update["top_weight"].tolist() == pytest.approx([0.25, 0.5, 0.9])
    forget = weights[(weights["model"] == "diffqas_gdas") & (weights["gate"] == "forget")]
    assert forget["top_weight"].tolist() == pytest.approx([0.25] * 3)
    assert set(weights["uniform"]) == {0.25}
    assert weights.loc[weights["model"] == "diffqas_gdas", "seed"].iloc[0] == "1"


def test_the_figure_has_a_panel_per_gate_with_a_line_per_search_and_says_so_when_there_is_none():
    weights = top_weights({"narma5/diffqas_reinforce/seed_0": _history([0.3, 0.6]),
                           "narma5/diffqas_gdas/seed_0": _history([0.3, 0.31])})
    figure = plot_top_weights(weights)
    assert [ax.get_title() for ax in figure.axes] == list(GATE_NAMES)
    labels = [line.get_label() for line in figure.axes[2].get_lines()]
    assert labels == ["diffqas_gdas (1 runs)", "diffqas_reinforce (1 runs)", "uniform 1/N"]
    assert list(figure.axes[2].get_lines()[1].get_ydata()) == pytest.approx([0.3, 0.6])
    empty = plot_top_weights(top_weights({}))
    assert "No run of a sampled search" in empty._suptitle.get_text()


def test_the_paired_comparison_gives_the_median_ratio_with_its_interval_and_the_wilcoxon_p_of_the_seeds():
    from diffqas_qlstm.report.sampled import sampled_comparison, sampled_markdown

    seeds = range(8)
    nonshared = [1e-4] * 8
    always_lower = [2e-5, 3e-5, 4e-5, 5e-5, 2e-5, 3e-5, 4e-5, 5e-5]      # lower on every seed
    coin = [5e-5, 2e-4, 5e-5, 2e-4, 5e-5, 2e-4, 5e-5, 2e-4]              # half lower, half higher
    rows = []
    for dataset, search in (("clear", always_lower), ("chance", coin)):
        rows += [{"model": "diffqas_nonshared", "method": "validated", "dataset": dataset, "seed": s,
                  "run": f"{dataset}.n.{s}", "derived_test_mse": nonshared[s]} for s in seeds]
        rows += [{"model": "diffqas_reinforce", "method": "argmax", "dataset": dataset, "seed": s,
                  "run": f"{dataset}.r.{s}", "derived_test_mse": search[s]} for s in seeds]
    frame = sampled_comparison(pd.DataFrame({"run": []}), pd.DataFrame(rows)).set_index("dataset")
    clear, chance = frame.loc["clear"], frame.loc["chance"]
    assert clear["paired_median_ratio"] == pytest.approx(0.35)
    assert clear["paired_ratio_high"] < 1 and clear["paired_p_wilcoxon"] == pytest.approx(2 / 2 ** 8)  # exact, two-sided
    assert chance["paired_ratio_low"] < 1 < chance["paired_ratio_high"] and chance["paired_p_wilcoxon"] > 0.5
    text = sampled_markdown(frame.reset_index())
    assert "| paired median ratio [95 % CI] | Wilcoxon p |" in text and "| 0.35 [" in text and "| 0.00781 |" in text


def test_the_reading_says_which_datasets_the_paired_seeds_decide_and_which_they_leave_undecided():
    from diffqas_qlstm.report.derivation import _decided

    part = pd.DataFrame({"dataset": ["a", "b", "c"], "paired_p_wilcoxon": [0.004, 0.02, 0.6],
                         "paired_median_ratio": [0.3, 4.0, 1.1]})
    assert _decided(part) == "paired Wilcoxon p < 0.05: lower on a; higher on b; undecided on 1"
    assert _decided(part.iloc[2:]) == "no dataset decided by the paired seeds, Wilcoxon p 0.6–0.6"


def test_pooling_the_paired_seeds_over_datasets_gives_one_verdict_and_its_own_table():
    from diffqas_qlstm.report.sampled import pooled_comparison, sampled_comparison, sampled_markdown

    rows = []
    for dataset in ("a", "b", "c"):
        for seed in range(5):  # each dataset alone: 5 seeds, the smallest Wilcoxon p is 0.0625
            rows.append({"model": "diffqas_nonshared", "method": "validated", "dataset": dataset, "seed": seed,
                         "run": f"{dataset}.n.{seed}", "derived_test_mse": 1e-4})
            rows.append({"model": "diffqas_gdas", "method": "argmax", "dataset": dataset, "seed": seed,
                         "run": f"{dataset}.g.{seed}", "derived_test_mse": 1e-4 * (2 + seed)})
    table = pd.DataFrame(rows)
    per_dataset = sampled_comparison(pd.DataFrame({"run": []}), table)
    assert (per_dataset["paired_p_wilcoxon"] > 0.05).all()
    pooled = pooled_comparison(table).iloc[0]
    assert (int(pooled["pairs"]), int(pooled["datasets"]), int(pooled["paired_lower"])) == (15, 3, 0)
    assert pooled["paired_p_wilcoxon"] < 0.001 and pooled["paired_median_ratio"] == pytest.approx(4.0)
    only_a = pooled_comparison(table, ["a"]).iloc[0]
    assert int(only_a["pairs"]) == 5
    text = sampled_markdown(per_dataset, pooled_comparison(table).assign(over="every dataset"))
    assert "| diffqas_gdas | every dataset | 15 (3) | 0 | 3.73 | 4.00 [" in text  # (2·3·4·5·6)^(1/5)
