// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.069885082118) q[0];
ry(pi*0.226841719339) q[1];
ry(pi*0.039106146114) q[2];
ry(pi*0.006335246508) q[3];
ry(pi*0.002434774787) q[4];
ry(pi*0.002910643315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077205726302) q[0];
ry(pi*-0.165856629842) q[1];
ry(pi*0.049937732833) q[2];
ry(pi*0.014855903347) q[3];
ry(pi*-0.007437630147) q[4];
ry(pi*0.000143581419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010239957156) q[0];
ry(pi*0.115398152002) q[1];
ry(pi*0.038836453249) q[2];
ry(pi*-0.001286287668) q[3];
ry(pi*0.129810211633) q[4];
ry(pi*-0.006713733852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.25027602249) q[0];
ry(pi*-0.201412602522) q[1];
ry(pi*-0.47271762013) q[2];
ry(pi*0.358211206242) q[3];
ry(pi*-0.220641691011) q[4];
ry(pi*-0.016203368047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.60630116977) q[0];
ry(pi*-0.002037448394) q[1];
ry(pi*0.012572428812) q[2];
ry(pi*0.175832880034) q[3];
ry(pi*0.246890145937) q[4];
ry(pi*-0.006742048306) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
