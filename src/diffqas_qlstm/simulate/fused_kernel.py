"""Numba kernels of the fused backend: whole circuits on tiles of rows, adjoint gradients.

A *tile* is ``TILE`` rows that run the same circuit. Its state lives in two ``float32``
arrays ``[dim, TILE]`` (real and imaginary parts), so every gate is a loop over basis-state
pairs (or quadruples) whose innermost loop runs over the tile's rows, with the whole state in
cache from the first gate to the readout.

Vectorisation: each gate computes a pair's new amplitudes into a small *stack* buffer and then
copies them back. LLVM knows a stack buffer cannot alias the state, so its SLP vectoriser turns
the ``TILE`` rows into SIMD registers (about 10× fewer instructions than scalar code). Numba
leaves SLP vectorisation off by default; these kernels are compiled with it on, at import
(``cache=True``: compiled once per machine, then loaded from ``__pycache__``).

Instructions (one circuit = a range of them, compiled by :mod:`~diffqas_qlstm.simulate.fused_backend`):

=========  ==============================================================================
kind       meaning
=========  ==============================================================================
FIXED1     a fixed 2×2 unitary on the pairs ``pairs[table : table + dim]`` (matrix at ``mat``,
           its adjoint at ``mat + 4``)
RX/RY/RZ   ``exp(−iθP/2)`` on the pairs, θ = symbol column ``col`` of the row
FIXED2     a fixed 4×4 unitary on the quadruples ``pairs[table : table + dim]`` (matrix at
           ``mat``, adjoint at ``mat + 16``)
PHASE      multiply slots ``pairs[table : table + count]`` by phases ``mats[mat : mat + count]``
=========  ==============================================================================

Permutation gates (CNOT, SWAP, X, Toffoli, …) never move data: they are folded into the slot
tables at compile time. Gradients use the adjoint method: from the final state ψ and
λ = M ψ (M = Σ_o g_o O_o, diagonal), the circuit is undone gate by gate on both, and each
rotation adds ``Im ⟨λ|P|ψ⟩`` to its symbol's gradient. No intermediate state is stored, and the
fixed gates before a circuit's first rotation are never undone (no gradient needs them). A tile
of at most ``HALF`` rows (e.g. 4 rows of a circuit at batch 1) keeps ψ and λ side by side in one
state, so each inverse gate runs once for both instead of on two half-empty tiles.

Example:
    >>> TILE, (FIXED1, RX, RY, RZ, FIXED2, PHASE)
    (8, (0, 1, 2, 3, 4, 5))
"""

from __future__ import annotations

import numba as nb
import numpy as np
from numba.core import cgutils, types
from numba.extending import intrinsic
from numba.np.arrayobj import make_array, populate_array

TILE = 8
"""Rows simulated together (one AVX2 register of float32 per amplitude part)."""
HALF = TILE // 2
"""A tile of at most this many rows runs its adjoint pass packed (ψ and λ in one state)."""

FIXED1, RX, RY, RZ, FIXED2, PHASE = 0, 1, 2, 3, 4, 5

_BUFFER = 8 * TILE  # stack floats a gate needs (a 4×4 gate: 4 amplitudes × 2 parts × TILE)

# Reassociation and contraction only: no assumption that values are finite, so a NaN in the
# inputs still comes out as NaN (the training loop's divergence guard relies on it).
_FAST = {"contract", "reassoc", "nsz", "arcp"}
_JIT = dict(nogil=True, cache=True, fastmath=_FAST, error_model="numpy", boundscheck=False)


@intrinsic
def _stack(typingctx, size):
    """A float32 array of ``size`` (a literal) elements on the stack: it provably aliases nothing."""
    if not isinstance(size, types.IntegerLiteral):
        return None
    n = size.literal_value
    array_type = types.Array(types.float32, 1, "C")

    def codegen(context, builder, signature, args):
        data = cgutils.alloca_once(builder, context.get_value_type(types.float32), size=n)
        array = make_array(array_type)(context, builder)
        itemsize = context.get_constant(types.intp, 4)
        populate_array(array, data=data, shape=[context.get_constant(types.intp, n)],
                       strides=[itemsize], itemsize=itemsize, meminfo=None)
        return array._getvalue()

    return array_type(size), codegen


@nb.njit(**_JIT)
def _rotate(kind, re, im, pairs, start, n_pairs, c, s):
    """Apply exp(−iθP/2) (cos(θ/2) = c, sin(θ/2) = s per row) to the pairs; s → −s inverts.

    Each pair's new amplitudes go to the stack buffer ``t`` first, then back to the state: all
    loads precede all stores, so the ``TILE`` rows vectorise."""
    t = _stack(_BUFFER)
    if kind == RX:
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            for j in range(TILE):
                t[j] = c[j] * ar[j] + s[j] * bi[j]
                t[TILE + j] = c[j] * ai[j] - s[j] * br[j]
                t[2 * TILE + j] = c[j] * br[j] + s[j] * ai[j]
                t[3 * TILE + j] = c[j] * bi[j] - s[j] * ar[j]
            for j in range(TILE):  # one loop per row of the state: stores to different rows
                ar[j] = t[j]          # cannot be reordered (they might alias), stores to one row can
            for j in range(TILE):
                ai[j] = t[TILE + j]
            for j in range(TILE):
                br[j] = t[2 * TILE + j]
            for j in range(TILE):
                bi[j] = t[3 * TILE + j]
    elif kind == RY:
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            for j in range(TILE):
                t[j] = c[j] * ar[j] - s[j] * br[j]
                t[TILE + j] = c[j] * ai[j] - s[j] * bi[j]
                t[2 * TILE + j] = c[j] * br[j] + s[j] * ar[j]
                t[3 * TILE + j] = c[j] * bi[j] + s[j] * ai[j]
            for j in range(TILE):  # one loop per row of the state: stores to different rows
                ar[j] = t[j]          # cannot be reordered (they might alias), stores to one row can
            for j in range(TILE):
                ai[j] = t[TILE + j]
            for j in range(TILE):
                br[j] = t[2 * TILE + j]
            for j in range(TILE):
                bi[j] = t[3 * TILE + j]
    else:
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            for j in range(TILE):
                t[j] = c[j] * ar[j] + s[j] * ai[j]
                t[TILE + j] = c[j] * ai[j] - s[j] * ar[j]
                t[2 * TILE + j] = c[j] * br[j] - s[j] * bi[j]
                t[3 * TILE + j] = c[j] * bi[j] + s[j] * br[j]
            for j in range(TILE):  # one loop per row of the state: stores to different rows
                ar[j] = t[j]          # cannot be reordered (they might alias), stores to one row can
            for j in range(TILE):
                ai[j] = t[TILE + j]
            for j in range(TILE):
                br[j] = t[2 * TILE + j]
            for j in range(TILE):
                bi[j] = t[3 * TILE + j]


@nb.njit(**_JIT)
def _fixed1(re, im, pairs, start, n_pairs, mre, mim, m):
    t = _stack(_BUFFER)
    u00r, u01r, u10r, u11r = mre[m], mre[m + 1], mre[m + 2], mre[m + 3]
    u00i, u01i, u10i, u11i = mim[m], mim[m + 1], mim[m + 2], mim[m + 3]
    for p in range(n_pairs):
        i0 = pairs[start + 2 * p]
        i1 = pairs[start + 2 * p + 1]
        ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
        for j in range(TILE):
            t[j] = u00r * ar[j] - u00i * ai[j] + u01r * br[j] - u01i * bi[j]
            t[TILE + j] = u00r * ai[j] + u00i * ar[j] + u01r * bi[j] + u01i * br[j]
            t[2 * TILE + j] = u10r * ar[j] - u10i * ai[j] + u11r * br[j] - u11i * bi[j]
            t[3 * TILE + j] = u10r * ai[j] + u10i * ar[j] + u11r * bi[j] + u11i * br[j]
        for j in range(TILE):  # one loop per row of the state: stores to different rows
            ar[j] = t[j]          # cannot be reordered (they might alias), stores to one row can
        for j in range(TILE):
            ai[j] = t[TILE + j]
        for j in range(TILE):
            br[j] = t[2 * TILE + j]
        for j in range(TILE):
            bi[j] = t[3 * TILE + j]


@nb.njit(**_JIT)
def _fixed2(re, im, pairs, start, n_quads, mre, mim, m):
    """A 4×4 unitary on quadruples."""
    t = _stack(_BUFFER)
    for p in range(n_quads):
        for a in range(4):
            for j in range(TILE):
                t[2 * a * TILE + j] = 0.0
                t[(2 * a + 1) * TILE + j] = 0.0
            for b in range(4):
                ur = mre[m + 4 * a + b]
                ui = mim[m + 4 * a + b]
                src = pairs[start + 4 * p + b]
                xr, xi = re[src], im[src]
                for j in range(TILE):
                    t[2 * a * TILE + j] += ur * xr[j] - ui * xi[j]
                    t[(2 * a + 1) * TILE + j] += ur * xi[j] + ui * xr[j]
        for a in range(4):
            dst = pairs[start + 4 * p + a]
            xr, xi = re[dst], im[dst]
            for j in range(TILE):
                xr[j] = t[2 * a * TILE + j]
            for j in range(TILE):
                xi[j] = t[(2 * a + 1) * TILE + j]


@nb.njit(**_JIT)
def _phase(re, im, pairs, start, count, mre, mim, m, conjugate):
    t = _stack(_BUFFER)
    sign = -1.0 if conjugate else 1.0
    for p in range(count):
        slot = pairs[start + p]
        pr = mre[m + p]
        pi = sign * mim[m + p]
        xr, xi = re[slot], im[slot]
        for j in range(TILE):
            t[j] = pr * xr[j] - pi * xi[j]
            t[TILE + j] = pr * xi[j] + pi * xr[j]
        for j in range(TILE):
            xr[j] = t[j]
        for j in range(TILE):
            xi[j] = t[TILE + j]


_INDEX = nb.int64[::1]
_STATES = nb.float32[:, :, ::1]
# (first, last, tiles…, cos, sin, program…, readout): the arguments both kernels start with.
_COMMON = (
    nb.int64, nb.int64, _INDEX, _INDEX, _INDEX, nb.float32[:, ::1], nb.float32[:, ::1],
    _INDEX, _INDEX, _INDEX, _INDEX, _INDEX, _INDEX, _INDEX, nb.int32[::1], nb.float32[::1], nb.float32[::1],
    _STATES,
)
_FORWARD = nb.void(*_COMMON, nb.float32[:, ::1], _STATES, _STATES)  # out, final states
_BACKWARD = nb.void(*_COMMON, nb.float32[:, ::1], _STATES, _STATES, nb.float32[:, ::1])  # upstream, states, grad

_slp = nb.config.SLP_VECTORIZE
_loop = nb.config.LOOP_VECTORIZE
nb.config.SLP_VECTORIZE = 1  # for the kernels below only (restored at the end of this module)
nb.config.LOOP_VECTORIZE = 0


@nb.njit(_FORWARD, **_JIT)
def forward_tiles(
    first, last, tile_row, tile_len, tile_circuit, cos, sin,
    prog_start, prog_end, kind, col, table, mat, count, pairs, mre, mim,
    readout, out, state_re, state_im,
):
    """Simulate tiles ``first … last−1``; write ⟨O⟩ of each row into ``out`` (sorted rows) and the
    final state of each tile into ``state_re/im[t]`` (kept for the backward pass)."""
    dim = state_re.shape[1]
    n_ops = readout.shape[1]
    acc = _stack(TILE)
    cb = _stack(TILE)
    sb = _stack(TILE)
    for tile in range(first, last):
        r0, n, c = tile_row[tile], tile_len[tile], tile_circuit[tile]
        re, im = state_re[tile], state_im[tile]
        re[:] = 0.0
        im[:] = 0.0
        for j in range(TILE):
            re[0, j] = 1.0
        for k in range(prog_start[c], prog_end[c]):
            column = max(col[k], 0)
            for j in range(TILE):
                cb[j] = cos[column, r0 + j]
                sb[j] = sin[column, r0 + j]
            kk = kind[k]
            if kk == RX or kk == RY or kk == RZ:
                _rotate(kk, re, im, pairs, table[k], dim // 2, cb, sb)
            elif kk == FIXED1:
                _fixed1(re, im, pairs, table[k], dim // 2, mre, mim, mat[k])
            elif kk == FIXED2:
                _fixed2(re, im, pairs, table[k], dim // 4, mre, mim, mat[k])
            else:
                _phase(re, im, pairs, table[k], count[k], mre, mim, mat[k], False)
        for o in range(n_ops):
            for j in range(TILE):
                acc[j] = 0.0
            for i in range(dim):
                d = readout[c, o, i]
                if d != 0.0:
                    xr, xi = re[i], im[i]
                    for j in range(TILE):
                        acc[j] += d * (xr[j] * xr[j] + xi[j] * xi[j])
            for j in range(n):
                out[r0 + j, o] = acc[j]


@nb.njit(**_JIT)
def _rotation_gradient(kind, re, im, lre, lim, pairs, start, n_pairs, acc):
    """acc = Im ⟨λ|P|ψ⟩ over the pairs (P = X, Y or Z on the rotation's qubit)."""
    for j in range(TILE):
        acc[j] = 0.0
    if kind == RX:
        # ⟨λ|X|ψ⟩ = λa* ψb + λb* ψa; Im(x* y) = x_r y_i − x_i y_r
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            lar, lai, lbr, lbi = lre[i0], lim[i0], lre[i1], lim[i1]
            for j in range(TILE):
                acc[j] += lar[j] * bi[j] - lai[j] * br[j] + lbr[j] * ai[j] - lbi[j] * ar[j]
    elif kind == RY:
        # ⟨λ|Y|ψ⟩ = −i λa* ψb + i λb* ψa; Im(∓i x* y) = ∓Re(x* y)
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            lar, lai, lbr, lbi = lre[i0], lim[i0], lre[i1], lim[i1]
            for j in range(TILE):
                acc[j] += lbr[j] * ar[j] + lbi[j] * ai[j] - lar[j] * br[j] - lai[j] * bi[j]
    else:
        # ⟨λ|Z|ψ⟩ = λa* ψa − λb* ψb
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            lar, lai, lbr, lbi = lre[i0], lim[i0], lre[i1], lim[i1]
            for j in range(TILE):
                acc[j] += lar[j] * ai[j] - lai[j] * ar[j] - lbr[j] * bi[j] + lbi[j] * br[j]


@nb.njit(**_JIT)
def _first_rotation(kind, start, end):
    """The first rotation of instructions ``start … end−1`` (``end`` if none): the adjoint pass
    stops there, since no gradient needs the fixed gates before it."""
    for k in range(start, end):
        if kind[k] == RX or kind[k] == RY or kind[k] == RZ:
            return k
    return end


@nb.njit(**_JIT)
def _packed_rotation_gradient(kind, re, im, pairs, start, n_pairs, acc):
    """acc[j] = Im ⟨λ_j|P|ψ_j⟩ (j < HALF) for a packed tile: ψ_j in lane j, λ_j in lane HALF + j."""
    for j in range(HALF):
        acc[j] = 0.0
    if kind == RX:
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            for j in range(HALF):
                acc[j] += (ar[HALF + j] * bi[j] - ai[HALF + j] * br[j]
                           + br[HALF + j] * ai[j] - bi[HALF + j] * ar[j])
    elif kind == RY:
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            for j in range(HALF):
                acc[j] += (br[HALF + j] * ar[j] + bi[HALF + j] * ai[j]
                           - ar[HALF + j] * br[j] - ai[HALF + j] * bi[j])
    else:
        for p in range(n_pairs):
            i0 = pairs[start + 2 * p]
            i1 = pairs[start + 2 * p + 1]
            ar, ai, br, bi = re[i0], im[i0], re[i1], im[i1]
            for j in range(HALF):
                acc[j] += (ar[HALF + j] * ai[j] - ai[HALF + j] * ar[j]
                           - br[HALF + j] * bi[j] + bi[HALF + j] * br[j])


@nb.njit(**_JIT)
def _packed_backward(r0, n, c, cos, sin, prog_start, prog_end, kind, col, table, mat, count, pairs,
                     mre, mim, readout, upstream, final_re, final_im, grad, re, im, acc, weight, cb, sb):
    """The adjoint pass of a tile of at most ``HALF`` rows with ψ and λ in one state: ψ in lanes
    ``j < HALF``, λ in lanes ``HALF + j``, so each inverse gate is applied to both at once (a
    half-filled tile would otherwise cost two full passes)."""
    dim = re.shape[0]
    for i in range(dim):
        for j in range(HALF):
            re[i, j] = final_re[i, j]
            im[i, j] = final_im[i, j]
            re[i, HALF + j] = 0.0
            im[i, HALF + j] = 0.0
    for o in range(readout.shape[1]):
        for j in range(HALF):
            weight[j] = upstream[r0 + j, o] if j < n else 0.0
        for i in range(dim):
            d = readout[c, o, i]
            if d != 0.0:
                xr, xi = re[i], im[i]
                for j in range(HALF):
                    xr[HALF + j] += d * weight[j] * xr[j]
                    xi[HALF + j] += d * weight[j] * xi[j]
    first_rotation = _first_rotation(kind, prog_start[c], prog_end[c])
    for k in range(prog_end[c] - 1, first_rotation - 1, -1):
        kk = kind[k]
        column = max(col[k], 0)
        if kk == RX or kk == RY or kk == RZ:
            _packed_rotation_gradient(kk, re, im, pairs, table[k], dim // 2, acc)
            for j in range(n):
                grad[r0 + j, column] += acc[j]
            for j in range(HALF):
                cb[j] = cos[column, r0 + j]
                sb[j] = -sin[column, r0 + j]
                cb[HALF + j] = cb[j]
                sb[HALF + j] = sb[j]
            _rotate(kk, re, im, pairs, table[k], dim // 2, cb, sb)
        elif kk == FIXED1:
            _fixed1(re, im, pairs, table[k], dim // 2, mre, mim, mat[k] + 4)
        elif kk == FIXED2:
            _fixed2(re, im, pairs, table[k], dim // 4, mre, mim, mat[k] + 16)
        else:
            _phase(re, im, pairs, table[k], count[k], mre, mim, mat[k], True)


@nb.njit(_BACKWARD, **_JIT)
def backward_tiles(
    first, last, tile_row, tile_len, tile_circuit, cos, sin,
    prog_start, prog_end, kind, col, table, mat, count, pairs, mre, mim,
    readout, upstream, state_re, state_im, grad,
):
    """Adjoint pass over tiles ``first … last−1``: ``grad[row, col] += Σ_o upstream[row, o] ·
    ∂⟨O_o⟩/∂θ_col`` for every rotation, starting from the final states of the forward pass."""
    dim = state_re.shape[1]
    n_ops = readout.shape[1]
    re = np.empty((dim, TILE), np.float32)
    im = np.empty((dim, TILE), np.float32)
    lre = np.empty((dim, TILE), np.float32)
    lim = np.empty((dim, TILE), np.float32)
    acc = _stack(TILE)
    weight = _stack(TILE)
    cb = _stack(TILE)
    sb = _stack(TILE)
    for tile in range(first, last):
        r0, n, c = tile_row[tile], tile_len[tile], tile_circuit[tile]
        if n <= HALF:
            _packed_backward(r0, n, c, cos, sin, prog_start, prog_end, kind, col, table, mat, count, pairs,
                             mre, mim, readout, upstream, state_re[tile], state_im[tile], grad, re, im,
                             acc, weight, cb, sb)
            continue
        re[:] = state_re[tile]
        im[:] = state_im[tile]
        lre[:] = 0.0
        lim[:] = 0.0
        for o in range(n_ops):
            for j in range(TILE):
                weight[j] = upstream[r0 + j, o] if j < n else 0.0
            for i in range(dim):
                d = readout[c, o, i]
                if d != 0.0:
                    xr, xi, yr, yi = re[i], im[i], lre[i], lim[i]
                    for j in range(TILE):
                        yr[j] += d * weight[j] * xr[j]
                        yi[j] += d * weight[j] * xi[j]
        first_rotation = _first_rotation(kind, prog_start[c], prog_end[c])
        for k in range(prog_end[c] - 1, first_rotation - 1, -1):
            kk = kind[k]
            column = max(col[k], 0)
            if kk == RX or kk == RY or kk == RZ:
                _rotation_gradient(kk, re, im, lre, lim, pairs, table[k], dim // 2, acc)
                for j in range(n):
                    grad[r0 + j, column] += acc[j]
                for j in range(TILE):
                    cb[j] = cos[column, r0 + j]
                    sb[j] = -sin[column, r0 + j]
                _rotate(kk, re, im, pairs, table[k], dim // 2, cb, sb)
                _rotate(kk, lre, lim, pairs, table[k], dim // 2, cb, sb)
            elif kk == FIXED1:
                _fixed1(re, im, pairs, table[k], dim // 2, mre, mim, mat[k] + 4)
                _fixed1(lre, lim, pairs, table[k], dim // 2, mre, mim, mat[k] + 4)
            elif kk == FIXED2:
                _fixed2(re, im, pairs, table[k], dim // 4, mre, mim, mat[k] + 16)
                _fixed2(lre, lim, pairs, table[k], dim // 4, mre, mim, mat[k] + 16)
            else:
                _phase(re, im, pairs, table[k], count[k], mre, mim, mat[k], True)
                _phase(lre, lim, pairs, table[k], count[k], mre, mim, mat[k], True)


nb.config.SLP_VECTORIZE = _slp
nb.config.LOOP_VECTORIZE = _loop
