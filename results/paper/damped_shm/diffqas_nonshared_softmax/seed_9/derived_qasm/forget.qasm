// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08660872441) q[0];
ry(pi*0.012355122075) q[1];
ry(pi*0.33700817411) q[2];
ry(pi*-0.037681202642) q[3];
ry(pi*0.041971787555) q[4];
ry(pi*0.07316259108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.067157128279) q[0];
ry(pi*-0.104700311297) q[1];
ry(pi*0.115223526833) q[2];
ry(pi*0.029541751585) q[3];
ry(pi*0.057572902486) q[4];
ry(pi*-0.026671082367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01622216174) q[0];
ry(pi*-0.433995152777) q[1];
ry(pi*0.015035639301) q[2];
ry(pi*-0.305542441241) q[3];
ry(pi*-0.499783838427) q[4];
ry(pi*0.109509902837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006217404993) q[0];
ry(pi*0.005664583593) q[1];
ry(pi*-0.071453080108) q[2];
ry(pi*0.117142914339) q[3];
ry(pi*0.148489394003) q[4];
ry(pi*0.320322021968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.372948098286) q[0];
ry(pi*0.09051952946) q[1];
ry(pi*-0.064546919313) q[2];
ry(pi*0.198564508502) q[3];
ry(pi*-0.023099562221) q[4];
ry(pi*0.003320971377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
