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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.157735440055) q[0];
ry(pi*0.465188626716) q[1];
ry(pi*0.100766909704) q[2];
ry(pi*0.007495287141) q[3];
ry(pi*0.025646136591) q[4];
ry(pi*0.00127899487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043443764469) q[0];
ry(pi*0.062694292162) q[1];
ry(pi*-0.292314755385) q[2];
ry(pi*0.007530236128) q[3];
ry(pi*-0.044974907896) q[4];
ry(pi*-0.001916387441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030041017069) q[0];
ry(pi*0.013666743697) q[1];
ry(pi*0.179008633407) q[2];
ry(pi*-0.046529700854) q[3];
ry(pi*0.110989872021) q[4];
ry(pi*0.011039785352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.028406441336) q[0];
ry(pi*-0.031693785296) q[1];
ry(pi*0.065574668312) q[2];
ry(pi*-0.063774031233) q[3];
ry(pi*-0.017774602076) q[4];
ry(pi*0.012733379374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.936858116372) q[0];
ry(pi*-0.000587784284) q[1];
ry(pi*0.008673804266) q[2];
ry(pi*0.515102890261) q[3];
ry(pi*0.35927235202) q[4];
ry(pi*-0.00461482502) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
