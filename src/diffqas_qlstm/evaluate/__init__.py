"""Evaluation of trained runs: restore a run's model from its stored parameters and predict.

Example:
    >>> import numpy as np
    >>> from diffqas_qlstm.evaluate import restore_model, predict_windows
    >>> model = restore_model("persistence", {"constant": np.array(0.0), "kind": np.array("persistence")},
    ...                       {"model": {}, "search_space": None}, seed=0)
    >>> predict_windows(model, {"x_train": np.ones((2, 4)), "x_test": np.zeros((1, 4))})
    (array([1., 1.]), array([0.]))
"""

from diffqas_qlstm.evaluate.parameters import validate_evaluate_parameters
from diffqas_qlstm.evaluate.predictions import predict_windows, restore_model

__all__ = ["predict_windows", "restore_model", "validate_evaluate_parameters"]
