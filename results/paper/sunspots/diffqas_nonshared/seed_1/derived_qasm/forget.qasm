// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.000278687022) q[0];
ry(pi*-3.8402896e-05) q[1];
ry(pi*0.000291035446) q[2];
ry(pi*0.000202527745) q[3];
ry(pi*0.499960398817) q[4];
ry(pi*-3.1623703e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499837834866) q[0];
ry(pi*0.000104157865) q[1];
ry(pi*-4.6612674e-05) q[2];
ry(pi*0.000241742413) q[3];
ry(pi*-0.000483491534) q[4];
ry(pi*-0.002944944858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.60411e-06) q[0];
ry(pi*-0.00013227746) q[1];
ry(pi*-0.003098831035) q[2];
ry(pi*0.00011849701) q[3];
ry(pi*-0.000501300385) q[4];
ry(pi*-0.000235635282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.360147e-05) q[0];
ry(pi*5.6655362e-05) q[1];
ry(pi*8.6067795e-05) q[2];
ry(pi*2.3274337e-05) q[3];
ry(pi*-0.000525521766) q[4];
ry(pi*-0.499834988954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000579045777) q[0];
ry(pi*-0.499890844724) q[1];
ry(pi*0.494708400745) q[2];
ry(pi*9.3943875e-05) q[3];
ry(pi*0.00028264914) q[4];
ry(pi*0.000691854659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
