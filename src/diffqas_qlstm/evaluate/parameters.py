"""The ``evaluate`` parameters.

Example:
    >>> validate_evaluate_parameters({"batch_size": 256})
    {'batch_size': 256}
"""

from __future__ import annotations

from typing import Any

from diffqas_qlstm.validation import ParameterError, require_int, require_mapping


def validate_evaluate_parameters(params: Any, key: str = "evaluate") -> dict[str, Any]:
    """``batch_size``: windows per model call when predicting (memory only, results unchanged)."""
    params = dict(require_mapping(params, key))
    for name in params:
        if name != "batch_size":
            raise ParameterError(f"{key}.{name}", params[name], "the key batch_size")
    return {"batch_size": require_int(params.get("batch_size", 512), f"{key}.batch_size", 1)}
