// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.010391075091) q[0];
ry(pi*0.299131435959) q[1];
ry(pi*0.002668391862) q[2];
ry(pi*-0.026708980431) q[3];
ry(pi*0.012039427411) q[4];
ry(pi*0.002082850476) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002693918211) q[0];
ry(pi*-0.02018154651) q[1];
ry(pi*0.085562197133) q[2];
ry(pi*0.391448917854) q[3];
ry(pi*-0.017623268326) q[4];
ry(pi*-0.016818168078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009856173451) q[0];
ry(pi*-0.048564940701) q[1];
ry(pi*0.042218955025) q[2];
ry(pi*-0.008253662254) q[3];
ry(pi*0.00616927469) q[4];
ry(pi*-0.000901712962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.167456544737) q[0];
ry(pi*0.204710312717) q[1];
ry(pi*-0.048754853162) q[2];
ry(pi*-0.210654076142) q[3];
ry(pi*-0.472724602101) q[4];
ry(pi*0.261703327399) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.107270103567) q[0];
ry(pi*-0.110526310877) q[1];
ry(pi*-0.126764601823) q[2];
ry(pi*0.001184993354) q[3];
ry(pi*0.041614744159) q[4];
ry(pi*0.004094770445) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
