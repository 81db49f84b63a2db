"""The DiffQAS search space (SPEC §4.2) as data: candidates, the space, the baselines (§4.4).

Example:
    >>> space = SearchSpace.from_parameters(
    ...     {"hadamard": [True, False], "encoding": ["rx", "ry", "rz"],
    ...      "entangler": ["brick", "ring"], "variational": ["rx", "ry", "rz"]})
    >>> len(space), space.candidates()[0].name, space.candidates()[-1].name
    (36, 'H-Rx-brick-Rx', 'noH-Rz-ring-Rz')
    >>> space.index(BASELINES["baseline_1"])
    7
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Any, ClassVar

from pydantic import Field

from diffqas_qlstm.circuits.gates import ENTANGLERS, ROTATIONS, rotation_label
from diffqas_qlstm.schema import Block
from diffqas_qlstm.validation import ParameterError, require_bool, require_choice

SEARCH_SPACE_KEY = "train.search_space"
"""Parameter key of the search space; error messages name ``<key>.<slot>``."""

SLOTS = ("hadamard", "encoding", "entangler", "variational")
"""The slots of a candidate, in the order of the product."""


def _registry(slot: str) -> dict[str, Any]:
    return ENTANGLERS if slot == "entangler" else ROTATIONS


def _check_choice(slot: str, value: Any, key: str) -> Any:
    if slot == "hadamard":
        return require_bool(value, f"{key}.hadamard")
    return require_choice(value, f"{key}.{slot}", sorted(_registry(slot)))


@dataclass(frozen=True)
class Candidate:
    """One circuit of the space: a choice for each slot.

    Example:
        >>> Candidate(hadamard=False, encoding="rx", entangler="ring", variational="ry").name
        'noH-Rx-ring-Ry'
        >>> Candidate.from_name("H-Ry-brick-Rz")
        Candidate(hadamard=True, encoding='ry', entangler='brick', variational='rz')
    """

    hadamard: bool
    encoding: str
    entangler: str
    variational: str

    def __post_init__(self) -> None:
        for slot in SLOTS:
            _check_choice(slot, getattr(self, slot), SEARCH_SPACE_KEY)

    @property
    def name(self) -> str:
        """``H-Ry-brick-Rz`` style: Hadamard or not, encoding, entangler, variational rotation."""
        return "-".join(
            ("H" if self.hadamard else "noH", rotation_label(self.encoding), self.entangler,
             rotation_label(self.variational))
        )

    @classmethod
    def from_name(cls, name: str) -> Candidate:
        """Inverse of :attr:`name`."""
        parts = name.split("-")
        if len(parts) != 4 or parts[0] not in ("H", "noH"):
            raise ValueError(f"Not a candidate name (like 'H-Ry-brick-Rz'): {name!r}")
        hadamard, encoding, entangler, variational = parts
        return cls(hadamard == "H", encoding.lower(), entangler, variational.lower())


@dataclass(frozen=True)
class SearchSpace:
    """The product of the slots' choices, in slot order hadamard × encoding × entangler × variational."""

    hadamard: tuple[bool, ...]
    encoding: tuple[str, ...]
    entangler: tuple[str, ...]
    variational: tuple[str, ...]

    @classmethod
    def from_parameters(cls, params: Mapping[str, Any], key: str = SEARCH_SPACE_KEY) -> SearchSpace:
        """Parse ``{slot: [choices]}`` (:class:`SearchSpaceConfig`); errors name ``<key>.<slot>``,
        the bad value and what is allowed."""
        return SearchSpaceConfig.parse(params, key).space()

    @classmethod
    def default(cls) -> SearchSpace:
        """The paper's 36-candidate space."""
        return cls((True, False), ("rx", "ry", "rz"), ("brick", "ring"), ("rx", "ry", "rz"))

    def to_parameters(self) -> dict[str, list[Any]]:
        return {f.name: list(getattr(self, f.name)) for f in fields(self)}

    def candidates(self) -> list[Candidate]:
        return [Candidate(*choice) for choice in itertools.product(*(getattr(self, s) for s in SLOTS))]

    def index(self, candidate: Candidate) -> int:
        """Position of ``candidate`` in :meth:`candidates`; ``ValueError`` if it is not in the space."""
        try:
            return self.candidates().index(candidate)
        except ValueError:
            raise ValueError(f"Candidate {candidate.name} is not in the search space {self.to_parameters()}") from None

    def __len__(self) -> int:
        return len(self.hadamard) * len(self.encoding) * len(self.entangler) * len(self.variational)

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self.candidates())

    def __contains__(self, candidate: object) -> bool:
        return candidate in self.candidates()


class SearchSpaceConfig(Block):
    """``train.search_space``: the choices of each slot; the space is their product. Rotations and
    entanglers are names in the registries of :mod:`~diffqas_qlstm.circuits.gates` (which can grow
    at run time, so they are checked against the registry, not a fixed list)."""

    UNIQUE: ClassVar[tuple[str, ...]] = ("hadamard", "encoding", "entangler", "variational")

    hadamard: list[bool] = Field(min_length=1)
    encoding: list[str] = Field(min_length=1, json_schema_extra={"allowed": "a non-empty list of rotation names"})
    entangler: list[str] = Field(min_length=1, json_schema_extra={"allowed": "a non-empty list of entangler names"})
    variational: list[str] = Field(min_length=1, json_schema_extra={"allowed": "a non-empty list of rotation names"})

    def check(self, key: str) -> None:
        for slot in ("encoding", "entangler", "variational"):
            allowed = sorted(_registry(slot))
            for value in getattr(self, slot):
                if value not in allowed:
                    raise ParameterError(f"{key}.{slot}", value, "one of " + ", ".join(repr(a) for a in allowed))

    def space(self) -> SearchSpace:
        return SearchSpace(tuple(self.hadamard), tuple(self.encoding), tuple(self.entangler), tuple(self.variational))


BASELINES: dict[str, Candidate] = {
    f"baseline_{i}": Candidate(True, encoding, "brick", variational)
    for i, (encoding, variational) in enumerate(
        [("ry", "ry"), ("rz", "ry"), ("rz", "rz"), ("ry", "rz"), ("rx", "rz"), ("rx", "ry")], start=1
    )
}
"""Hand-designed circuits of SPEC §4.4: Hadamard + brick, (encoding, variational) per baseline."""
