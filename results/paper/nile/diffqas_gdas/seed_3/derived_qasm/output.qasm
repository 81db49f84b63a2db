// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.002523093817) q[0];
rz(pi*0.000136517628) q[1];
rz(pi*0.004704020058) q[2];
rz(pi*-0.002256098787) q[3];
rz(pi*0.003608547539) q[4];
rz(pi*0.001063755717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000238455941) q[0];
rz(pi*-0.000442377701) q[1];
rz(pi*0.005443578949) q[2];
rz(pi*-0.004714750036) q[3];
rz(pi*-0.003532272943) q[4];
rz(pi*0.002949492981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003249042133) q[0];
rz(pi*-0.004060243601) q[1];
rz(pi*-0.002847423749) q[2];
rz(pi*-0.003592588494) q[3];
rz(pi*0.001835982567) q[4];
rz(pi*-0.002012600468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004620465855) q[0];
rz(pi*0.00253596564) q[1];
rz(pi*0.000929225818) q[2];
rz(pi*0.000721612006) q[3];
rz(pi*0.001808433989) q[4];
rz(pi*0.002770831952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000115951531) q[0];
rz(pi*0.000894713204) q[1];
rz(pi*0.002584774219) q[2];
rz(pi*-0.000147786615) q[3];
rz(pi*0.003258058042) q[4];
rz(pi*-0.000368122776) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
