// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.076734177631) q[0];
ry(pi*-0.09280618193) q[1];
ry(pi*-0.00676449366) q[2];
ry(pi*-0.033242160722) q[3];
ry(pi*0.020687509374) q[4];
ry(pi*0.519632178427) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.184962661089) q[0];
ry(pi*0.144211969062) q[1];
ry(pi*-0.185304132602) q[2];
ry(pi*0.140731712575) q[3];
ry(pi*-0.038303245519) q[4];
ry(pi*0.241198492383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.340753394505) q[0];
ry(pi*-0.039801499689) q[1];
ry(pi*-0.147719271201) q[2];
ry(pi*0.214421627461) q[3];
ry(pi*-0.268058495885) q[4];
ry(pi*-0.155598814587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074584660181) q[0];
ry(pi*-0.210749812627) q[1];
ry(pi*-0.286126110706) q[2];
ry(pi*-0.276685366317) q[3];
ry(pi*0.131477498755) q[4];
ry(pi*0.24892326558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119199835294) q[0];
ry(pi*0.066566625223) q[1];
ry(pi*-0.456531020434) q[2];
ry(pi*0.042984880106) q[3];
ry(pi*0.309161777455) q[4];
ry(pi*0.003938633328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
