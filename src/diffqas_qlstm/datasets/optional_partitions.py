"""``PartitionedDataset`` that loads ``{}`` when its folder holds no partition yet.

kedro-datasets' ``PartitionedDataset`` refuses to load an empty folder. The published report
reads per-run outputs that only some runs have so far (e.g. ``noise_runs.csv`` of runs made
after the robustness pipeline existed); with this class "none yet" is an empty mapping.

Example:
    >>> import tempfile
    >>> ds = OptionalPartitionedDataset(path=tempfile.mkdtemp(), dataset="diffqas_qlstm.datasets.AtomicCSVDataset",
    ...                                 filename_suffix="/noise_runs.csv")
    >>> ds.load()
    {}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kedro_datasets.partitions import PartitionedDataset


class OptionalPartitionedDataset(PartitionedDataset):
    """A ``PartitionedDataset`` whose load gives ``{}`` instead of an error when it is empty."""

    def load(self) -> dict[str, Callable[[], Any]]:
        if not self._list_partitions():
            return {}
        return super().load()
