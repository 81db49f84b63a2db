"""The paper's Table II (arXiv 2508.14955) as SPEC §9 gives it: a third-party reconstruction, unverified.

Test MSE at the paper protocol, one run per cell. The paper's row "baseline_3, _5
(input-independent)" is one row for two circuits; both of our rows are compared with it.

Example:
    >>> PAPER_TABLE_II["baseline_4"]["narma10"]
    0.000101
    >>> paper_value("baseline_5", "bessel"), paper_value("classical_lstm", "bessel")
    (0.0239, None)
"""

from __future__ import annotations

PAPER_SOURCE = (
    "arXiv 2508.14955, Table II, as reconstructed by a third party (SPEC §9; unverified): "
    "one run per cell, paper protocol"
)

_INPUT_INDEPENDENT = {
    "bessel": 2.39e-2, "damped_shm": 4.69e-2, "delayed_quantum_control": 8.41e-2, "narma5": 2.73e-4, "narma10": 1.88e-4,
}

PAPER_TABLE_II: dict[str, dict[str, float]] = {
    "diffqas_nonshared": {
        "bessel": 2.29e-4, "damped_shm": 1.9e-5, "delayed_quantum_control": 1.86e-3, "narma5": 3.0e-5, "narma10": 9.4e-5,
    },
    "diffqas_shared": {
        "bessel": 1.17e-4, "damped_shm": 3.6e-5, "delayed_quantum_control": 2.49e-3, "narma5": 4.72e-4,
        "narma10": 3.85e-4,
    },
    "diffqas_reservoir_nonshared": {
        "bessel": 6.53e-3, "damped_shm": 7.49e-3, "delayed_quantum_control": 3.57e-3, "narma5": 1.6e-5,
        "narma10": 7.4e-5,
    },
    "diffqas_reservoir_shared": {
        "bessel": 6.55e-3, "damped_shm": 1.00e-2, "delayed_quantum_control": 4.23e-3, "narma5": 4.94e-4,
        "narma10": 4.12e-4,
    },
    "baseline_1": {
        "bessel": 1.32e-3, "damped_shm": 6.01e-4, "delayed_quantum_control": 5.51e-3, "narma5": 3.2e-5,
        "narma10": 1.23e-4,
    },
    "baseline_4": {
        "bessel": 7.32e-3, "damped_shm": 1.06e-2, "delayed_quantum_control": 1.93e-3, "narma5": 2.5e-5,
        "narma10": 1.01e-4,
    },
    "baseline_3": dict(_INPUT_INDEPENDENT),
    "baseline_5": dict(_INPUT_INDEPENDENT),
}
"""model (our name) -> dataset -> the paper's test MSE."""


def paper_value(model: str, dataset: str) -> float | None:
    """The paper's test MSE for our ``model`` on ``dataset``, or None where the paper has no cell."""
    return PAPER_TABLE_II.get(model, {}).get(dataset)
