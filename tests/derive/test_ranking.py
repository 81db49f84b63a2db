"""Ranking candidates by |a| (linear) or a (softmax); the derived architecture is the top per gate."""

from __future__ import annotations

import numpy as np
import pytest

from diffqas_qlstm.circuits import SearchSpace
from diffqas_qlstm.derive import derived_architecture, rank_candidates
from diffqas_qlstm.model import GATE_NAMES


@pytest.fixture
def names(tiny_space_params) -> np.ndarray:
    space = SearchSpace.from_parameters(tiny_space_params)
    return np.array([[c.name for c in space.candidates()]] * 4)


def test_linear_ranks_by_absolute_weight(names) -> None:
    weights = np.array([
        [0.1, -0.9, 0.5, 0.2],
        [0.3, 0.3, -0.1, 0.0],   # tie: search-space order decides
        [-0.2, -0.3, -0.4, -0.5],
        [0.0, 0.0, 0.0, 1.0],
    ])
    table = rank_candidates({"mixing_weights": weights, "candidate_names": names}, "linear")
    assert len(table) == 16 and list(table["gate"].unique()) == list(GATE_NAMES)
    order = {g: table[table["gate"] == g].sort_values("rank")["index"].tolist() for g in GATE_NAMES}
    assert order == {"forget": [1, 2, 3, 0], "input": [0, 1, 2, 3], "update": [3, 2, 1, 0], "output": [3, 0, 1, 2]}
    forget = table[table["gate"] == "forget"].set_index("rank")
    assert forget.loc[1, "weight"] == -0.9 and forget.loc[1, "score"] == 0.9
    assert forget.loc[1, "candidate"] == names[0, 1]
    assert [c.name for c in derived_architecture(table)] == [names[0, j] for j in (1, 0, 3, 3)]


def test_softmax_ranks_by_signed_weight(names) -> None:
    logits = np.array([[0.1, -3.0, 0.5, 0.2], [2.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [-1.0, -2.0, -0.5, -3.0]])
    a = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    table = rank_candidates({"mixing_weights": a, "candidate_names": names}, "softmax")
    top = table[table["rank"] == 1].set_index("gate")["index"].to_dict()
    assert top == {"forget": 2, "input": 0, "update": 0, "output": 2}
    # The most negative linear weight would win under |a|, never under softmax ranking.
    signed = np.array([[0.1, -0.9, 0.5, 0.2]] * 4)
    by_value = rank_candidates({"mixing_weights": signed, "candidate_names": names}, "softmax")
    assert by_value[(by_value["gate"] == "forget") & (by_value["rank"] == 4)]["index"].item() == 1


def test_ranking_table_carries_the_slots(names) -> None:
    table = rank_candidates({"mixing_weights": np.ones((4, 4)), "candidate_names": names}, "linear")
    first = table.iloc[0]
    assert (first["hadamard"], first["encoding"], first["entangler"], first["variational"]) == (True, "ry", "brick", "ry")
    with pytest.raises(ValueError, match="arch_weights"):
        rank_candidates({"mixing_weights": np.ones((4, 4)), "candidate_names": names}, "fixed")
