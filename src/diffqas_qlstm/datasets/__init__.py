"""Custom Kedro datasets: ``.npz``, Cirq JSON, and atomic-saving versions of kedro-datasets' own.

Every dataset here writes atomically (temporary file in the same folder, then ``os.replace``).
"""

from diffqas_qlstm.datasets.atomic import (
    AtomicCSVDataset,
    AtomicJSONDataset,
    AtomicMatplotlibDataset,
    AtomicSaveMixin,
    AtomicTextDataset,
    AtomicYAMLDataset,
)
from diffqas_qlstm.datasets.cirq_circuits_dataset import CirqCircuitsDataset, write_text_atomic
from diffqas_qlstm.datasets.files import atomic_path, remove_stale_temporaries
from diffqas_qlstm.datasets.npz_dataset import NpzDataset, save_npz_atomic
from diffqas_qlstm.datasets.optional_partitions import OptionalPartitionedDataset

__all__ = [
    "AtomicCSVDataset",
    "AtomicJSONDataset",
    "AtomicMatplotlibDataset",
    "AtomicSaveMixin",
    "AtomicTextDataset",
    "AtomicYAMLDataset",
    "CirqCircuitsDataset",
    "NpzDataset",
    "OptionalPartitionedDataset",
    "atomic_path",
    "remove_stale_temporaries",
    "save_npz_atomic",
    "write_text_atomic",
]
