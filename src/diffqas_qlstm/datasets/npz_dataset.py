"""A Kedro dataset for dictionaries of NumPy arrays stored as ``.npz`` without pickle."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
from kedro.io import AbstractDataset, DatasetError

from diffqas_qlstm.datasets.files import atomic_path


class NpzDataset(AbstractDataset[dict[str, np.ndarray], dict[str, np.ndarray]]):
    """Saves and loads ``dict[str, np.ndarray]`` as an uncompressed ``.npz`` archive.

    Loading uses ``allow_pickle=False``, so an archive can never execute code; saving refuses
    object arrays for the same reason. Writes are atomic (temporary file, then rename), so an
    interrupted save never leaves a half-written archive behind.

    Example:
        >>> import numpy as np, tempfile, os
        >>> ds = NpzDataset(filepath=os.path.join(tempfile.mkdtemp(), "w.npz"))
        >>> ds.save({"x": np.arange(3)})
        >>> ds.load()["x"].tolist()
        [0, 1, 2]
    """

    def __init__(self, filepath: str, metadata: dict[str, Any] | None = None) -> None:
        self._filepath = PurePosixPath(filepath)
        self.metadata = metadata

    def _describe(self) -> dict[str, Any]:
        return {"filepath": str(self._filepath)}

    def load(self) -> dict[str, np.ndarray]:
        path = Path(self._filepath)
        if not path.is_file():
            raise DatasetError(f"No such .npz file: {path}")
        with np.load(path, allow_pickle=False) as archive:
            return {key: archive[key] for key in archive.files}

    def save(self, data: dict[str, np.ndarray]) -> None:
        save_npz_atomic(Path(self._filepath), data)

    def _exists(self) -> bool:
        return Path(self._filepath).is_file()


def save_npz_atomic(path: Path, arrays: dict[str, Any]) -> None:
    """Write ``arrays`` to ``path`` as ``.npz`` atomically, refusing object arrays."""
    converted = {key: np.asarray(value) for key, value in arrays.items()}
    for key, value in converted.items():
        if value.dtype == object:
            raise DatasetError(
                f"Array '{key}' has dtype object; only numeric, bool or string arrays are stored "
                "(object arrays would need pickle)."
            )
    with atomic_path(Path(path)) as tmp, open(tmp, "wb") as handle:
        np.savez(handle, **converted)
