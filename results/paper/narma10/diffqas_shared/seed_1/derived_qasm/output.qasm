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
rx(pi*-0.022616596698) q[0];
rx(pi*-0.158653170834) q[1];
rx(pi*0.206020532728) q[2];
rx(pi*-0.041895099708) q[3];
rx(pi*0.112823720895) q[4];
rx(pi*-0.034644472078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009552245449) q[0];
rx(pi*-0.110575848721) q[1];
rx(pi*0.027343241758) q[2];
rx(pi*-0.039646399848) q[3];
rx(pi*0.089906434605) q[4];
rx(pi*-0.018443672466) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.108692405084) q[0];
rx(pi*-0.065791906273) q[1];
rx(pi*-0.013935455908) q[2];
rx(pi*-0.034737941319) q[3];
rx(pi*-0.048378149257) q[4];
rx(pi*-0.119211256889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.221016156132) q[0];
rx(pi*0.048647315629) q[1];
rx(pi*0.074288173053) q[2];
rx(pi*-0.012239222302) q[3];
rx(pi*-0.047479376996) q[4];
rx(pi*-0.107000187772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.131564365481) q[0];
rx(pi*-0.027367225682) q[1];
rx(pi*0.201401901893) q[2];
rx(pi*-0.079324868383) q[3];
rx(pi*-0.095504590458) q[4];
rx(pi*0.00211958127) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
