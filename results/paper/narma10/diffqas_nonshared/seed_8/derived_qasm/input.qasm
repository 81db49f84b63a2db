// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000586346764) q[0];
rz(pi*0.001572557378) q[1];
rz(pi*-0.002488080204) q[2];
rz(pi*0.001954895894) q[3];
rz(pi*0.003721590727) q[4];
rz(pi*-0.005015771947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000882435168) q[0];
rz(pi*-0.001048856922) q[1];
rz(pi*0.005207374169) q[2];
rz(pi*0.000460102879) q[3];
rz(pi*0.002055595531) q[4];
rz(pi*0.002474202676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002393140426) q[0];
rz(pi*-0.004127000103) q[1];
rz(pi*0.003683574677) q[2];
rz(pi*0.004192999178) q[3];
rz(pi*0.002888115253) q[4];
rz(pi*0.002707000217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002195967628) q[0];
rz(pi*-0.002231427249) q[1];
rz(pi*9.7021731e-05) q[2];
rz(pi*0.002177208027) q[3];
rz(pi*-0.000980145783) q[4];
rz(pi*-0.000904541236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001621336313) q[0];
rz(pi*0.005156528984) q[1];
rz(pi*-0.004971489554) q[2];
rz(pi*-0.000667859617) q[3];
rz(pi*-0.004715493234) q[4];
rz(pi*-0.005728739346) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
