// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.125321278502) q[0];
ry(pi*-0.019102109817) q[1];
ry(pi*0.026324307971) q[2];
ry(pi*-0.003464701205) q[3];
ry(pi*-0.012836230639) q[4];
ry(pi*0.000181165765) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000969041315) q[0];
ry(pi*0.000435124849) q[1];
ry(pi*-0.021240185515) q[2];
ry(pi*0.039263164574) q[3];
ry(pi*-0.000260771227) q[4];
ry(pi*-3.6120156e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004003433858) q[0];
ry(pi*0.006939166261) q[1];
ry(pi*0.006565646813) q[2];
ry(pi*-0.000126593714) q[3];
ry(pi*-0.000606310023) q[4];
ry(pi*0.000128515603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006274526008) q[0];
ry(pi*-0.040771144649) q[1];
ry(pi*-1.1464246e-05) q[2];
ry(pi*0.00019924105) q[3];
ry(pi*0.000211410882) q[4];
ry(pi*-5.4061325e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024799314085) q[0];
ry(pi*-2.398288e-06) q[1];
ry(pi*0.01103382198) q[2];
ry(pi*-0.000277930855) q[3];
ry(pi*-0.004652927634) q[4];
ry(pi*-0.006226444915) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
