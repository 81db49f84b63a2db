"""The five benchmark series of SPEC §2, as plain NumPy arrays.

Every constant is an argument; the defaults equal ``conf/base/parameters_data_generation.yml``.

Example:
    >>> from diffqas_qlstm.series.generators import bessel, narma
    >>> bessel().shape
    (256,)
    >>> u, y = narma(n0=5)
    >>> u.shape, y.shape, float(y[0])
    ((300,), (300,), 0.196)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.integrate import solve_ivp
from scipy.special import jv


def bessel(
    order: float = 2, x_start: float = 2.0, x_stop: float = 100.0, n_points: int = 256
) -> np.ndarray:
    """s = J_order(x), Bessel function of the first kind, on ``linspace(x_start, x_stop, n_points)``.

    Example:
        >>> round(float(bessel()[0]), 6)  # J2(2)
        0.352834
    """
    return np.asarray(jv(order, np.linspace(x_start, x_stop, n_points)), dtype=np.float64)


def damped_shm(
    b: float = 0.15,
    g: float = 9.81,
    l: float = 1.0,  # noqa: E741 (the pendulum length, named as in the paper)
    m: float = 1.0,
    theta0: float = 0.0,
    omega0: float = 3.0,
    t_start: float = 0.0,
    t_stop: float = 20.0,
    n_points: int = 240,
    rtol: float = 1e-10,
    atol: float = 1e-12,
    method: str = "DOP853",
) -> np.ndarray:
    """Angular velocity θ'(t) of the damped pendulum θ'' = −(b/m)·θ' − (g/l)·sin θ.

    Solved with ``solve_ivp`` (``method``, tight tolerances) and sampled exactly at
    ``linspace(t_start, t_stop, n_points)``; (θ, θ')(t_start) = (theta0, omega0).

    Example:
        >>> float(damped_shm()[0])
        3.0
    """

    def rhs(_t: float, state: np.ndarray) -> list[float]:
        theta, omega = state
        return [omega, -(b / m) * omega - (g / l) * np.sin(theta)]

    t_eval = np.linspace(t_start, t_stop, n_points)
    solution = solve_ivp(
        rhs, (t_start, t_stop), [theta0, omega0], method=method, t_eval=t_eval, rtol=rtol, atol=atol
    )
    if not solution.success:
        raise RuntimeError(f"damped_shm: the ODE solver failed: {solution.message}")
    return np.asarray(solution.y[1], dtype=np.float64)


def delayed_quantum_control(
    x_start: float = -2.0,
    x_stop: float = 20.0,
    x_step: float = 0.01,
    n_pulses: int = 11,
    spacing: float = 2.0,
    sharpness: float = 10.0,
    decay: float = 16.0,
) -> np.ndarray:
    """s(x) = Σ_{n=0}^{n_pulses−1} exp(−sharpness·(x − spacing·n)²) · exp(−x/decay), x = arange(...).

    Example:
        >>> delayed_quantum_control().shape
        (2200,)
    """
    x = np.arange(x_start, x_stop, x_step)
    centres = spacing * np.arange(n_pulses)
    pulses = np.exp(-sharpness * (x[:, None] - centres[None, :]) ** 2).sum(axis=1)
    return np.asarray(pulses * np.exp(-x / decay), dtype=np.float64)


def narma_input(
    T: int = 300,
    frequencies: Sequence[float] = (2.11, 3.73, 4.11),
    amplitude: float = 0.1,
    offset: float = 1.0,
) -> np.ndarray:
    """u_t = amplitude·(Π_f sin(2π·f·t/T) + offset), t = 0 … T−1.

    Example:
        >>> float(narma_input()[0])
        0.1
    """
    t = np.arange(T, dtype=np.float64)
    product = np.ones_like(t)
    for frequency in frequencies:
        product = product * np.sin(2.0 * np.pi * frequency * t / T)
    return amplitude * (product + offset)


def narma(
    n0: int = 5,
    T: int = 300,
    y0: float = 0.196,
    frequencies: Sequence[float] = (2.11, 3.73, 4.11),
    amplitude: float = 0.1,
    offset: float = 1.0,
    alpha: float = 0.3,
    beta: float = 0.05,
    gamma: float = 1.5,
    delta: float = 0.1,
) -> tuple[np.ndarray, np.ndarray]:
    """NARMA-n0 driving input u and output y, both of length T and aligned (y_0 … y_{T−1}).

    y_{t+1} = alpha·y_t + beta·y_t·Σ_{j=0}^{n0−1} y_{t−j} + gamma·u_{t−n0+1}·u_t + delta,
    with y_0 = y0 and every value at a negative time equal to 0.

    Example:
        >>> u, y = narma(n0=10)
        >>> round(float(y[1]), 6)  # 0.3·0.196 + 0.05·0.196² + 0 + 0.1
        0.160721
    """
    u = narma_input(T, frequencies, amplitude, offset)
    y = np.zeros(T, dtype=np.float64)
    y[0] = y0
    for t in range(T - 1):
        history = y[max(0, t - n0 + 1) : t + 1].sum()
        u_delayed = u[t - n0 + 1] if t - n0 + 1 >= 0 else 0.0
        y[t + 1] = alpha * y[t] + beta * y[t] * history + gamma * u_delayed * u[t] + delta
    return u, y
