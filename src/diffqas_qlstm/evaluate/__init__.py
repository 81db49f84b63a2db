"""Evaluation of trained runs: restore a run's model from its stored parameters and predict.

Example:
    >>> import numpy as np
    >>> from diffqas_qlstm.config import TrainConfig
    >>> from diffqas_qlstm.evaluate import restore_model, predict_windows
    >>> train = TrainConfig.parse({"grid": {"datasets": "nile", "models": "persistence", "seeds": 0}}, "train")
    >>> model = restore_model("persistence", {"constant": np.array(0.0), "kind": np.array("persistence")},
    ...                       train, seed=0)
    >>> predict_windows(model, {"x_train": np.ones((2, 4)), "x_test": np.zeros((1, 4))})
    (array([1., 1.]), array([0.]))
"""

from diffqas_qlstm.evaluate.predictions import predict_windows, restore_model

__all__ = ["predict_windows", "restore_model"]
