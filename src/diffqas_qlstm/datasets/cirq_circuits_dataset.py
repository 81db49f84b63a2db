"""A Kedro dataset for named Cirq circuits stored as Cirq JSON (``cirq.to_json`` / ``cirq.read_json``).

One JSON file holds a mapping ``{name: circuit}``; each circuit is Cirq's own JSON form, so the
file opens anywhere Cirq is installed with ``cirq.read_json(path)`` and needs no project code.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import cirq
from kedro.io import AbstractDataset, DatasetError

from diffqas_qlstm.datasets.files import atomic_path


class CirqCircuitsDataset(AbstractDataset[dict[str, cirq.Circuit], dict[str, cirq.Circuit]]):
    """Saves ``dict[str, cirq.Circuit]`` as one Cirq JSON file; loads it back with ``cirq.read_json``.

    Loading never evaluates code: ``cirq.read_json`` only builds the Cirq and sympy objects it
    knows by name. Writes are atomic (temporary file in the same folder, then ``os.replace``),
    so an interrupted save leaves the previous file intact.

    Example:
        >>> import cirq, sympy, tempfile, os
        >>> q = cirq.LineQubit(0)
        >>> ds = CirqCircuitsDataset(filepath=os.path.join(tempfile.mkdtemp(), "c.json"))
        >>> ds.save({"forget": cirq.Circuit(cirq.ry(sympy.Symbol("x_00")).on(q))})
        >>> print(ds.load()["forget"])
        0: ───Ry(x_00)───

    Catalog entry::

        "{dataset}.{model}.{seed}.derived_circuits":
          type: diffqas_qlstm.datasets.CirqCircuitsDataset
          filepath: data/06_models/{dataset}/{model}/{seed}/derived_circuits.json
    """

    def __init__(self, filepath: str, indent: int = 2, metadata: dict[str, Any] | None = None) -> None:
        self._filepath = PurePosixPath(filepath)
        self._indent = indent
        self.metadata = metadata

    def _describe(self) -> dict[str, Any]:
        return {"filepath": str(self._filepath), "indent": self._indent}

    def load(self) -> dict[str, cirq.Circuit]:
        path = Path(self._filepath)
        if not path.is_file():
            raise DatasetError(f"No such Cirq JSON file: {path}")
        try:
            data = cirq.read_json(path)
        except (ValueError, TypeError) as error:
            raise DatasetError(f"{path} is not valid Cirq JSON: {error}") from error
        if not isinstance(data, dict):
            raise DatasetError(f"{path} holds a {type(data).__name__}, not a mapping of circuits")
        for name, circuit in data.items():
            if not isinstance(circuit, cirq.Circuit):
                raise DatasetError(f"{path}: entry {name!r} is a {type(circuit).__name__}, not a cirq.Circuit")
        return data

    def save(self, data: dict[str, cirq.Circuit]) -> None:
        if not isinstance(data, dict):
            raise DatasetError(f"CirqCircuitsDataset saves a dict of circuits, got {type(data).__name__}")
        for name, circuit in data.items():
            if not isinstance(name, str) or not isinstance(circuit, cirq.Circuit):
                raise DatasetError(f"Entry {name!r} must map a str to a cirq.Circuit, got {type(circuit).__name__}")
        write_text_atomic(Path(self._filepath), cirq.to_json(data, indent=self._indent))

    def _exists(self) -> bool:
        return Path(self._filepath).is_file()


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "a" / "b.txt"
        >>> write_text_atomic(p, "hello"); p.read_text()
        'hello'
    """
    with atomic_path(Path(path)) as tmp:
        tmp.write_text(text, encoding="utf-8")
