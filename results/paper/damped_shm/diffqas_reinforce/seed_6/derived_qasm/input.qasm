// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.372902298073) q[0];
ry(pi*-0.524454367872) q[1];
ry(pi*-0.01607472096) q[2];
ry(pi*-0.000987105075) q[3];
ry(pi*-0.001867658459) q[4];
ry(pi*-0.499998420203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499999330895) q[0];
ry(pi*-0.038393354213) q[1];
ry(pi*-0.026168842905) q[2];
ry(pi*0.001553026713) q[3];
ry(pi*0.001405427482) q[4];
ry(pi*0.500019214334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.23778e-07) q[0];
ry(pi*-0.00119322597) q[1];
ry(pi*-0.000251393057) q[2];
ry(pi*0.000184982845) q[3];
ry(pi*-4.746906e-06) q[4];
ry(pi*0.00059587742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.43692e-07) q[0];
ry(pi*-0.031956121479) q[1];
ry(pi*-0.01951247612) q[2];
ry(pi*3.51837e-07) q[3];
ry(pi*4.6569e-08) q[4];
ry(pi*-3.97572e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.30502e-07) q[0];
ry(pi*-0.47647096086) q[1];
ry(pi*-0.023720812986) q[2];
ry(pi*-0.045628258179) q[3];
ry(pi*0.002732788035) q[4];
ry(pi*-0.003272355193) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
