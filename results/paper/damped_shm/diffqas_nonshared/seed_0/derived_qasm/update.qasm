// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.089771452991) q[0];
ry(pi*-0.000702280851) q[1];
ry(pi*-0.16045852264) q[2];
ry(pi*-0.017995518379) q[3];
ry(pi*0.150183869072) q[4];
ry(pi*0.275261158038) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152716123761) q[0];
ry(pi*-0.364441059729) q[1];
ry(pi*0.02057770934) q[2];
ry(pi*0.363267139938) q[3];
ry(pi*0.075279850116) q[4];
ry(pi*-0.113259420559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036927216162) q[0];
ry(pi*-0.143749935224) q[1];
ry(pi*-0.02852811831) q[2];
ry(pi*0.122512714201) q[3];
ry(pi*-0.008531949182) q[4];
ry(pi*-0.194346449289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.102263337746) q[0];
ry(pi*0.133923996625) q[1];
ry(pi*0.151459985568) q[2];
ry(pi*-0.051002141925) q[3];
ry(pi*0.50168908175) q[4];
ry(pi*0.110217567353) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.124044554877) q[0];
ry(pi*0.075332281304) q[1];
ry(pi*-0.045746842595) q[2];
ry(pi*0.318100389104) q[3];
ry(pi*-0.223224811637) q[4];
ry(pi*-0.003758202201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
