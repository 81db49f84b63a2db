"""Custom Kedro datasets (only where kedro-datasets has none that fits)."""

from diffqas_qlstm.datasets.cirq_circuits_dataset import CirqCircuitsDataset, write_text_atomic
from diffqas_qlstm.datasets.npz_dataset import NpzDataset, save_npz_atomic

__all__ = ["CirqCircuitsDataset", "NpzDataset", "save_npz_atomic", "write_text_atomic"]
