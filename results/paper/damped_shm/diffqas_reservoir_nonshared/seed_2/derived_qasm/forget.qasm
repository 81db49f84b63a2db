// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.318306498917) q[0];
rz(pi*1.865334376377) q[1];
rz(pi*0.706584208003) q[2];
rz(pi*1.290303026884) q[3];
rz(pi*0.437833491418) q[4];
rz(pi*1.879798743874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.235384966753) q[0];
rz(pi*0.317494873861) q[1];
rz(pi*0.514102115766) q[2];
rz(pi*0.318302714485) q[3];
rz(pi*0.358268086539) q[4];
rz(pi*0.613597709078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.646140856225) q[0];
rz(pi*0.914117608659) q[1];
rz(pi*0.554339936477) q[2];
rz(pi*0.838151713473) q[3];
rz(pi*0.534796450586) q[4];
rz(pi*1.467364904596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.117562496655) q[0];
rz(pi*0.578457106763) q[1];
rz(pi*0.646492203685) q[2];
rz(pi*0.363039049565) q[3];
rz(pi*1.476311541716) q[4];
rz(pi*0.360494728209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.600962693915) q[0];
rz(pi*0.112953124521) q[1];
rz(pi*1.51117130942) q[2];
rz(pi*0.727725996105) q[3];
rz(pi*1.311856827174) q[4];
rz(pi*0.434472203545) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
