"""Each benchmark series against an independent calculation written here (SPEC §2)."""

from __future__ import annotations

import inspect
import math
from pathlib import Path

import mpmath
import numpy as np
import pytest
import yaml
from scipy.integrate import odeint
from scipy.special import jv

from diffqas_qlstm.series import generators

CONF = Path(__file__).resolve().parents[2] / "conf" / "base" / "parameters_data_generation.yml"


def test_bessel_is_j2_on_linspace_2_100_256() -> None:
    x = np.linspace(2, 100, 256)
    s = generators.bessel()
    assert s.shape == (256,) and s.dtype == np.float64
    np.testing.assert_allclose(s, jv(2, x), rtol=0, atol=1e-15)
    for index in (0, 17, 128, 255):
        assert s[index] == pytest.approx(float(mpmath.besselj(2, x[index])), abs=1e-13)


def _rk4_pendulum(t_grid: np.ndarray, substeps: int = 100) -> np.ndarray:
    b, g, length, m = 0.15, 9.81, 1.0, 1.0

    def f(theta: float, omega: float) -> tuple[float, float]:
        return omega, -(b / m) * omega - (g / length) * math.sin(theta)

    theta, omega = 0.0, 3.0
    out = [omega]
    for t0, t1 in zip(t_grid[:-1], t_grid[1:]):
        h = (t1 - t0) / substeps
        for _ in range(substeps):
            k1 = f(theta, omega)
            k2 = f(theta + h / 2 * k1[0], omega + h / 2 * k1[1])
            k3 = f(theta + h / 2 * k2[0], omega + h / 2 * k2[1])
            k4 = f(theta + h * k3[0], omega + h * k3[1])
            theta += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0])
            omega += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])
        out.append(omega)
    return np.array(out)


def test_damped_shm_is_angular_velocity_against_rk4_and_odeint() -> None:
    t = np.linspace(0, 20, 240)
    s = generators.damped_shm()
    assert s.shape == (240,) and s[0] == 3.0
    np.testing.assert_allclose(s, _rk4_pendulum(t), rtol=0, atol=1e-8)
    reference = odeint(
        lambda y, _t: [y[1], -0.15 * y[1] - 9.81 * np.sin(y[0])], [0.0, 3.0], t,
        rtol=1e-12, atol=1e-12,
    )
    np.testing.assert_allclose(s, reference[:, 1], rtol=0, atol=1e-8)


def test_damped_shm_length_scales_gravity_like_g_over_l() -> None:
    np.testing.assert_allclose(
        generators.damped_shm(g=2 * 9.81, l=2.0), generators.damped_shm(), atol=1e-9
    )


def test_delayed_quantum_control_against_plain_loop() -> None:
    s = generators.delayed_quantum_control()
    assert s.shape == (2200,)
    for index in range(0, 2200, 7):
        x = -2 + 0.01 * index
        expected = sum(math.exp(-10 * (x - 2 * n) ** 2) for n in range(11)) * math.exp(-x / 16)
        assert s[index] == pytest.approx(expected, rel=1e-9, abs=1e-300)


def _narma_loop(n0: int, T: int = 300) -> tuple[list[float], list[float]]:
    u = [
        0.1 * (
            math.sin(2 * math.pi * 2.11 * t / T)
            * math.sin(2 * math.pi * 3.73 * t / T)
            * math.sin(2 * math.pi * 4.11 * t / T)
            + 1
        )
        for t in range(T)
    ]
    y = {0: 0.196}

    def at(seq: dict[int, float] | list[float], k: int) -> float:
        return 0.0 if k < 0 else seq[k]

    for t in range(T - 1):
        total = sum(at(y, t - j) for j in range(n0))
        y[t + 1] = 0.3 * y[t] + 0.05 * y[t] * total + 1.5 * at(u, t - n0 + 1) * u[t] + 0.1
    return u, [y[t] for t in range(T)]


@pytest.mark.parametrize("n0", [5, 10])
def test_narma_against_plain_loop(n0: int) -> None:
    u, y = generators.narma(n0=n0)
    u_ref, y_ref = _narma_loop(n0)
    assert u.shape == y.shape == (300,)
    np.testing.assert_allclose(u, u_ref, rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(y, y_ref, rtol=1e-12)
    assert y[0] == 0.196


def test_narma_first_steps_use_zero_history() -> None:
    u, y = generators.narma(n0=5)
    assert y[1] == pytest.approx(0.3 * 0.196 + 0.05 * 0.196**2 + 0.1)
    assert y[5] == pytest.approx(
        0.3 * y[4] + 0.05 * y[4] * y[:5].sum() + 1.5 * u[0] * u[4] + 0.1
    )


@pytest.mark.parametrize(
    "block, function",
    [
        ("bessel", generators.bessel),
        ("damped_shm", generators.damped_shm),
        ("delayed_quantum_control", generators.delayed_quantum_control),
        ("narma5", generators.narma),
    ],
)
def test_function_defaults_equal_base_parameters(block: str, function) -> None:
    params = dict(yaml.safe_load(CONF.read_text())["data_generation"]["series"][block])
    params.pop("kind")
    defaults = {
        name: p.default for name, p in inspect.signature(function).parameters.items()
    }
    for name, value in params.items():
        default = defaults[name]
        assert (list(default) if isinstance(default, tuple) else default) == value, name
