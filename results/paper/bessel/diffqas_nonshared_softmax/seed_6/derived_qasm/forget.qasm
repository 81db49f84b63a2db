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
ry(pi*0.278451842963) q[0];
ry(pi*0.135107184603) q[1];
ry(pi*-0.113731595331) q[2];
ry(pi*0.059615394666) q[3];
ry(pi*-0.034743768325) q[4];
ry(pi*-0.012118395544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.221702722953) q[0];
ry(pi*-0.190586999334) q[1];
ry(pi*-0.102812911842) q[2];
ry(pi*0.053324861588) q[3];
ry(pi*-0.011077838755) q[4];
ry(pi*-0.006691804913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.183772159116) q[0];
ry(pi*0.224005919659) q[1];
ry(pi*0.110440032306) q[2];
ry(pi*0.448124423604) q[3];
ry(pi*0.072866516609) q[4];
ry(pi*0.010757290625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000339994863) q[0];
ry(pi*-0.089799494712) q[1];
ry(pi*0.059249007192) q[2];
ry(pi*0.049850111941) q[3];
ry(pi*-0.205427558471) q[4];
ry(pi*0.078830035407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009023268642) q[0];
ry(pi*-0.024083448599) q[1];
ry(pi*-0.327919317273) q[2];
ry(pi*0.049848105573) q[3];
ry(pi*-0.025847923621) q[4];
ry(pi*0.000459482671) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
