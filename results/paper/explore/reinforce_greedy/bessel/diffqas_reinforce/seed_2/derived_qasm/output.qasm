// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.153872692974) q[0];
ry(pi*-0.05750885049) q[1];
ry(pi*-0.183078420597) q[2];
ry(pi*-0.193695949662) q[3];
ry(pi*0.017711656429) q[4];
ry(pi*0.002023679515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.251334398248) q[0];
ry(pi*-0.135359341906) q[1];
ry(pi*-0.061244883331) q[2];
ry(pi*-0.008246174541) q[3];
ry(pi*-0.003685408511) q[4];
ry(pi*0.00017136195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043006077409) q[0];
ry(pi*-0.245805549842) q[1];
ry(pi*-0.012273541631) q[2];
ry(pi*-0.050538329391) q[3];
ry(pi*-0.030023301266) q[4];
ry(pi*0.003604525316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.060212893923) q[0];
ry(pi*0.031345753956) q[1];
ry(pi*-0.187604521342) q[2];
ry(pi*-0.240099116518) q[3];
ry(pi*-0.045019522312) q[4];
ry(pi*-0.000606533546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.086962613586) q[0];
ry(pi*-0.273478573529) q[1];
ry(pi*-0.234119399736) q[2];
ry(pi*-0.232822024276) q[3];
ry(pi*-0.453086024799) q[4];
ry(pi*-0.000233890827) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
