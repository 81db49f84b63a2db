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
rx(pi*-0.119762604937) q[0];
rx(pi*-0.041662005273) q[1];
rx(pi*0.003713723559) q[2];
rx(pi*0.001718264672) q[3];
rx(pi*0.000908881474) q[4];
rx(pi*-0.001069885545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.132530941598) q[0];
rx(pi*-0.02796869973) q[1];
rx(pi*0.01165573442) q[2];
rx(pi*0.008674183721) q[3];
rx(pi*-0.00174464687) q[4];
rx(pi*0.001633969198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.031217351142) q[0];
rx(pi*-0.023049481281) q[1];
rx(pi*0.003094664442) q[2];
rx(pi*0.001639357607) q[3];
rx(pi*-0.002122219372) q[4];
rx(pi*-0.00057530859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.147593197293) q[0];
rx(pi*-0.04316857425) q[1];
rx(pi*0.01539412344) q[2];
rx(pi*0.002145082867) q[3];
rx(pi*0.002084083852) q[4];
rx(pi*0.00081564791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.068638686431) q[0];
rx(pi*-0.042138942205) q[1];
rx(pi*0.000459453507) q[2];
rx(pi*0.0074754873) q[3];
rx(pi*0.004027711861) q[4];
rx(pi*-0.005922515133) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
