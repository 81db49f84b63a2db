// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00093596522) q[0];
rz(pi*-0.004805755192) q[1];
rz(pi*0.002050522099) q[2];
rz(pi*-0.000731897829) q[3];
rz(pi*0.001141484915) q[4];
rz(pi*-0.001083240803) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001019741314) q[0];
rz(pi*-0.003414073318) q[1];
rz(pi*0.003785195974) q[2];
rz(pi*-0.005422550622) q[3];
rz(pi*-0.003307999946) q[4];
rz(pi*0.000750148426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004656371484) q[0];
rz(pi*0.000885303537) q[1];
rz(pi*-0.000789117116) q[2];
rz(pi*-0.004536202843) q[3];
rz(pi*-0.000608852519) q[4];
rz(pi*-6.3270422e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00538124695) q[0];
rz(pi*0.001980286025) q[1];
rz(pi*-0.004867253871) q[2];
rz(pi*0.006451437986) q[3];
rz(pi*-0.001257355413) q[4];
rz(pi*-0.002799407282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00469450641) q[0];
rz(pi*-0.000158377513) q[1];
rz(pi*-0.00116947876) q[2];
rz(pi*0.000696417457) q[3];
rz(pi*0.002689364456) q[4];
rz(pi*0.003161887259) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
