"""The ``report`` parameters.

Example:
    >>> validate_report_parameters({"digits": 3})
    {'digits': 3, 'statistical_test': 'ttest_rel', 'labelled_candidates': 3}
"""

from __future__ import annotations

from typing import Any

from diffqas_qlstm.report.statistics import TESTS
from diffqas_qlstm.validation import ParameterError, require_choice, require_int, require_mapping

DEFAULTS = {"digits": 2, "statistical_test": "ttest_rel", "labelled_candidates": 3}


def validate_report_parameters(params: Any, key: str = "report") -> dict[str, Any]:
    """``digits`` of the table's numbers, the paired ``statistical_test``, candidates named per plot panel."""
    params = dict(require_mapping(params, key))
    for name in params:
        if name not in DEFAULTS:
            raise ParameterError(f"{key}.{name}", params[name], "one of the keys " + ", ".join(DEFAULTS))
    merged = DEFAULTS | params
    return {
        "digits": require_int(merged["digits"], f"{key}.digits", 1, 10),
        "statistical_test": require_choice(merged["statistical_test"], f"{key}.statistical_test", TESTS),
        "labelled_candidates": require_int(merged["labelled_candidates"], f"{key}.labelled_candidates", 0),
    }
