// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.002910025515) q[0];
ry(pi*-0.008374915306) q[1];
ry(pi*-0.00314300226) q[2];
ry(pi*0.001713045535) q[3];
ry(pi*-0.001385394039) q[4];
ry(pi*0.539445912136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002870817443) q[0];
ry(pi*0.106333181854) q[1];
ry(pi*0.004362092606) q[2];
ry(pi*-0.002754528433) q[3];
ry(pi*-0.009611716712) q[4];
ry(pi*-0.00391316775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001432099015) q[0];
ry(pi*0.00433604243) q[1];
ry(pi*-0.278486942547) q[2];
ry(pi*-7.071258e-06) q[3];
ry(pi*0.00274808007) q[4];
ry(pi*0.000681363174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501234229097) q[0];
ry(pi*0.019042464242) q[1];
ry(pi*-0.000110329418) q[2];
ry(pi*0.001008142369) q[3];
ry(pi*-0.002901231054) q[4];
ry(pi*0.005736804543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005468164072) q[0];
ry(pi*-0.203732855729) q[1];
ry(pi*-0.220032533001) q[2];
ry(pi*-0.391865559393) q[3];
ry(pi*-0.503249172847) q[4];
ry(pi*-0.001170605044) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
