"""Custom Kedro datasets (only where kedro-datasets has none that fits)."""

from diffqas_qlstm.datasets.npz_dataset import NpzDataset, save_npz_atomic

__all__ = ["NpzDataset", "save_npz_atomic"]
