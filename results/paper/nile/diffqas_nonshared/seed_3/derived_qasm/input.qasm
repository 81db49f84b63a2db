// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rz(pi*0.00072266566) q[0];
rz(pi*-0.00240802425) q[1];
rz(pi*-0.000118970467) q[2];
rz(pi*0.001059436823) q[3];
rz(pi*-0.004346122592) q[4];
rz(pi*0.002040288081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004734417957) q[0];
rz(pi*-0.005314867235) q[1];
rz(pi*-0.007813229482) q[2];
rz(pi*-0.001301391309) q[3];
rz(pi*0.003786426535) q[4];
rz(pi*-0.002566622043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00569431626) q[0];
rz(pi*-0.002990885587) q[1];
rz(pi*0.002130015244) q[2];
rz(pi*-0.00054644363) q[3];
rz(pi*-0.005050760658) q[4];
rz(pi*-0.007341748402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00554583613) q[0];
rz(pi*0.002078970845) q[1];
rz(pi*-0.001670069001) q[2];
rz(pi*-0.00557053509) q[3];
rz(pi*0.001435228332) q[4];
rz(pi*-0.001304511585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001306147688) q[0];
rz(pi*0.001064653884) q[1];
rz(pi*-0.004465271447) q[2];
rz(pi*0.006880128999) q[3];
rz(pi*0.003634671234) q[4];
rz(pi*-0.001310072527) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
