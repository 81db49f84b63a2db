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
