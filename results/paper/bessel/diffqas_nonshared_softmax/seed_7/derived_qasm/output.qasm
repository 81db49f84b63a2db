// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.065451867203) q[0];
ry(pi*0.108080059653) q[1];
ry(pi*-0.143802442303) q[2];
ry(pi*-0.129294001114) q[3];
ry(pi*-0.416702745455) q[4];
ry(pi*-0.01497862738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097617566396) q[0];
ry(pi*0.128270392917) q[1];
ry(pi*0.345573610784) q[2];
ry(pi*-0.085534051062) q[3];
ry(pi*-0.086807587265) q[4];
ry(pi*0.006597972225) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.093608264326) q[0];
ry(pi*0.051878791961) q[1];
ry(pi*-0.029572821831) q[2];
ry(pi*-0.004937277243) q[3];
ry(pi*0.05873136423) q[4];
ry(pi*0.002732559473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030827041405) q[0];
ry(pi*0.140752952566) q[1];
ry(pi*-0.002345561814) q[2];
ry(pi*-0.035478948068) q[3];
ry(pi*0.052514853328) q[4];
ry(pi*0.011748678353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003162763859) q[0];
ry(pi*-0.149841999131) q[1];
ry(pi*-0.299362561971) q[2];
ry(pi*-0.31987756638) q[3];
ry(pi*-0.083843569756) q[4];
ry(pi*0.002557439826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
