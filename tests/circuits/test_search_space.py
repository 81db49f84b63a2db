"""The search space as data: slots, product order, baselines, validation of parameters."""

import pytest

from diffqas_qlstm.circuits import BASELINES, Candidate, SearchSpace
from diffqas_qlstm.validation import ParameterError

DEFAULT = {
    "hadamard": [True, False],
    "encoding": ["rx", "ry", "rz"],
    "entangler": ["brick", "ring"],
    "variational": ["rx", "ry", "rz"],
}


def test_default_space_has_36_distinct_candidates_in_slot_order():
    space = SearchSpace.from_parameters(DEFAULT)
    candidates = space.candidates()
    assert len(space) == len(candidates) == 36
    assert len(set(candidates)) == 36 and len({c.name for c in candidates}) == 36
    assert space == SearchSpace.default()
    assert candidates[0] == Candidate(True, "rx", "brick", "rx")
    assert candidates[1] == Candidate(True, "rx", "brick", "ry")
    assert candidates[3] == Candidate(True, "rx", "ring", "rx")
    assert candidates[6] == Candidate(True, "ry", "brick", "rx")
    assert candidates[18] == Candidate(False, "rx", "brick", "rx")
    assert [space.index(c) for c in candidates] == list(range(36))


def test_candidate_names_round_trip():
    assert Candidate(True, "ry", "brick", "rz").name == "H-Ry-brick-Rz"
    assert Candidate(False, "rx", "ring", "ry").name == "noH-Rx-ring-Ry"
    assert Candidate(False, "rz", "cz_ring", "rx").name == "noH-Rz-cz_ring-Rx"
    for candidate in SearchSpace.default():
        assert Candidate.from_name(candidate.name) == candidate
    with pytest.raises(ValueError, match="Not a candidate name"):
        Candidate.from_name("Ry-brick-Rz")


def test_candidates_are_frozen():
    candidate = Candidate(True, "ry", "brick", "rz")
    with pytest.raises(AttributeError):
        candidate.encoding = "rx"


@pytest.mark.parametrize(
    "name, encoding, variational",
    [(1, "ry", "ry"), (2, "rz", "ry"), (3, "rz", "rz"), (4, "ry", "rz"), (5, "rx", "rz"), (6, "rx", "ry")],
)
def test_baselines_are_hadamard_brick_members_of_the_space(name, encoding, variational):
    baseline = BASELINES[f"baseline_{name}"]
    assert baseline == Candidate(True, encoding, "brick", variational)
    assert baseline in SearchSpace.default()
    assert SearchSpace.default().candidates()[SearchSpace.default().index(baseline)] == baseline


def test_baseline_keys():
    assert sorted(BASELINES) == [f"baseline_{i}" for i in range(1, 7)]


def test_space_can_be_narrowed_and_widened():
    narrow = SearchSpace.from_parameters({**DEFAULT, "hadamard": [True], "entangler": ["ring"]})
    assert len(narrow) == 9 and all(c.hadamard and c.entangler == "ring" for c in narrow)
    wide = SearchSpace.from_parameters({**DEFAULT, "entangler": ["brick", "ring", "cz_brick", "cz_ring"]})
    assert len(wide) == 72
    assert wide.to_parameters()["entangler"] == ["brick", "ring", "cz_brick", "cz_ring"]
    with pytest.raises(ValueError, match="not in the search space"):
        narrow.index(Candidate(False, "rx", "ring", "rx"))


@pytest.mark.parametrize(
    "change, key, value, allowed",
    [
        ({"encoding": ["rx", "rot"]}, "train.search_space.encoding", "rot", "'rx', 'ry', 'rz'"),
        ({"variational": ["RY"]}, "train.search_space.variational", "RY", "'rx', 'ry', 'rz'"),
        ({"entangler": ["brick", "star"]}, "train.search_space.entangler", "star", "'ring'"),
        ({"hadamard": ["yes"]}, "train.search_space.hadamard[0]", "yes", "true or false"),
        ({"encoding": []}, "train.search_space.encoding", [], "non-empty list"),
        ({"encoding": "rx"}, "train.search_space.encoding", "rx", "non-empty list"),
        ({"encoding": ["rx", "rx"]}, "train.search_space.encoding", ["rx", "rx"], "without repeated"),
        ({"measure": ["z"]}, "train.search_space.measure", ["z"], "hadamard, encoding"),
    ],
)
def test_bad_choices_are_rejected_naming_key_value_and_allowed(change, key, value, allowed):
    with pytest.raises(ParameterError) as info:
        SearchSpace.from_parameters({**DEFAULT, **change})
    assert info.value.key == key and info.value.value == value
    assert key in str(info.value) and repr(value) in str(info.value) and allowed in str(info.value)


def test_missing_slot_and_non_mapping_are_rejected():
    params = {k: v for k, v in DEFAULT.items() if k != "entangler"}
    with pytest.raises(ParameterError, match=r"train\.search_space\.entangler.*missing"):
        SearchSpace.from_parameters(params)
    with pytest.raises(ParameterError, match=r"'train\.search_space' = \['rx'\]"):
        SearchSpace.from_parameters(["rx"])
    with pytest.raises(ParameterError, match=r"'model\.space\.encoding'"):
        SearchSpace.from_parameters({**DEFAULT, "encoding": ["u3"]}, key="model.space")


def test_candidate_rejects_unknown_gates():
    with pytest.raises(ParameterError, match="'train.search_space.entangler' = 'star'"):
        Candidate(True, "rx", "star", "rx")
