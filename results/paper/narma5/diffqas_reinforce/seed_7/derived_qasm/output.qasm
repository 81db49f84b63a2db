// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
rz(pi*-7.6837372e-05) q[0];
rz(pi*0.002127537967) q[1];
rz(pi*-0.00108182007) q[2];
rz(pi*0.003349036221) q[3];
rz(pi*-1.7173168e-05) q[4];
rz(pi*0.001856971021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004109033208) q[0];
rz(pi*0.001103528007) q[1];
rz(pi*-0.005373712991) q[2];
rz(pi*-0.006478644314) q[3];
rz(pi*-0.000969164786) q[4];
rz(pi*-0.002864550211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000522203981) q[0];
rz(pi*0.007145285006) q[1];
rz(pi*-0.002647448023) q[2];
rz(pi*-0.001986072565) q[3];
rz(pi*0.00065381971) q[4];
rz(pi*0.001569309333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000561517478) q[0];
rz(pi*-0.000655493833) q[1];
rz(pi*0.002236006499) q[2];
rz(pi*0.001654908145) q[3];
rz(pi*-0.003290292147) q[4];
rz(pi*-0.000252053213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000112309643) q[0];
rz(pi*-0.003356531938) q[1];
rz(pi*0.000827090922) q[2];
rz(pi*-0.00273096013) q[3];
rz(pi*0.003094184491) q[4];
rz(pi*0.000613529524) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
