// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-7.6853691e-05) q[0];
rz(pi*0.002127522848) q[1];
rz(pi*-0.00108183808) q[2];
rz(pi*0.003349022288) q[3];
rz(pi*-1.7189734e-05) q[4];
rz(pi*0.001856963758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004109040915) q[0];
rz(pi*0.001103517112) q[1];
rz(pi*-0.005373720699) q[2];
rz(pi*-0.006478653207) q[3];
rz(pi*-0.000969179979) q[4];
rz(pi*-0.002864558511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000522194865) q[0];
rz(pi*0.007145282042) q[1];
rz(pi*-0.002647457213) q[2];
rz(pi*-0.001986074047) q[3];
rz(pi*0.00065382097) q[4];
rz(pi*0.001569310074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000561518404) q[0];
rz(pi*-0.000655496575) q[1];
rz(pi*0.002236009019) q[2];
rz(pi*0.001654917335) q[3];
rz(pi*-0.003290292444) q[4];
rz(pi*-0.000252041169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000112321594) q[0];
rz(pi*-0.003356528677) q[1];
rz(pi*0.000827093516) q[2];
rz(pi*-0.002730960426) q[3];
rz(pi*0.003094184491) q[4];
rz(pi*0.000613529302) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
