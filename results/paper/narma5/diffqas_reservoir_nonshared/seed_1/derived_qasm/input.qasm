// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.715802762543) q[0];
rz(pi*0.989952364213) q[1];
rz(pi*0.642503904447) q[2];
rz(pi*0.344133351561) q[3];
rz(pi*0.990653976422) q[4];
rz(pi*1.32231506105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.170630219962) q[0];
rz(pi*1.475645522381) q[1];
rz(pi*0.671940501949) q[2];
rz(pi*0.000192081117) q[3];
rz(pi*0.425319029093) q[4];
rz(pi*0.579390755677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.106209697094) q[0];
rz(pi*0.778903009845) q[1];
rz(pi*1.315343714637) q[2];
rz(pi*0.447885822329) q[3];
rz(pi*0.93603454734) q[4];
rz(pi*0.004492288937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.372600735103) q[0];
rz(pi*1.730717570898) q[1];
rz(pi*1.717315221926) q[2];
rz(pi*1.749366871189) q[3];
rz(pi*0.392263987095) q[4];
rz(pi*1.962842612314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.102740112778) q[0];
rz(pi*0.371159575306) q[1];
rz(pi*0.182108116334) q[2];
rz(pi*0.141951356688) q[3];
rz(pi*1.273934706211) q[4];
rz(pi*1.25717592639) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
