// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006518068498) q[0];
ry(pi*-0.047942700981) q[1];
ry(pi*-0.077573617366) q[2];
ry(pi*0.007822046474) q[3];
ry(pi*0.00784033976) q[4];
ry(pi*-0.00450900867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.042793388164) q[0];
ry(pi*0.098004506098) q[1];
ry(pi*0.046386774402) q[2];
ry(pi*-0.088644746883) q[3];
ry(pi*0.002530536173) q[4];
ry(pi*-0.00969171471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.065437021028) q[0];
ry(pi*0.036631158292) q[1];
ry(pi*0.207239797385) q[2];
ry(pi*-0.083774831491) q[3];
ry(pi*-0.453421690651) q[4];
ry(pi*-0.012160745089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065358540257) q[0];
ry(pi*0.189836987644) q[1];
ry(pi*0.063546955902) q[2];
ry(pi*0.188392061126) q[3];
ry(pi*0.209674627015) q[4];
ry(pi*0.520110557287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.191856598691) q[0];
ry(pi*-0.006701550383) q[1];
ry(pi*-0.057097175067) q[2];
ry(pi*-0.004976918724) q[3];
ry(pi*0.004675532477) q[4];
ry(pi*-0.001417503784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
