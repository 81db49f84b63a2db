// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*0.002746021527) q[0];
rz(pi*-0.001123052817) q[1];
rz(pi*-4.1278126e-05) q[2];
rz(pi*0.004442955049) q[3];
rz(pi*-0.002828207913) q[4];
rz(pi*-0.000682990013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006667063857) q[0];
rz(pi*-0.000967032872) q[1];
rz(pi*-0.001344435286) q[2];
rz(pi*-0.001935533167) q[3];
rz(pi*0.002070591413) q[4];
rz(pi*0.004633816148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002504810313) q[0];
rz(pi*0.002296594042) q[1];
rz(pi*0.003227598185) q[2];
rz(pi*-0.001716962519) q[3];
rz(pi*-0.002319524979) q[4];
rz(pi*0.001042992787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005372952302) q[0];
rz(pi*-0.001611162325) q[1];
rz(pi*-0.004399621294) q[2];
rz(pi*0.000289304832) q[3];
rz(pi*0.003211380043) q[4];
rz(pi*0.002238731015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001565359889) q[0];
rz(pi*-0.000155860437) q[1];
rz(pi*0.002473522622) q[2];
rz(pi*-0.001029659689) q[3];
rz(pi*0.003930019701) q[4];
rz(pi*0.004270429333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
