// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.236788068481) q[0];
rx(pi*0.000957986799) q[1];
rx(pi*0.005982166638) q[2];
rx(pi*0.00528623558) q[3];
rx(pi*-0.003986022509) q[4];
rx(pi*0.002641992766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.139333933334) q[0];
rx(pi*-0.002522974348) q[1];
rx(pi*-0.001701715544) q[2];
rx(pi*-0.004239178253) q[3];
rx(pi*-0.000540416484) q[4];
rx(pi*-0.002319125069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.262987156318) q[0];
rx(pi*0.000952800717) q[1];
rx(pi*0.003230810508) q[2];
rx(pi*0.003482482227) q[3];
rx(pi*0.001830546282) q[4];
rx(pi*0.001749868378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.118005225722) q[0];
rx(pi*0.007284278763) q[1];
rx(pi*0.002485972154) q[2];
rx(pi*0.005921973224) q[3];
rx(pi*0.002647735283) q[4];
rx(pi*-0.003213589182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.241408501727) q[0];
rx(pi*-0.006238106633) q[1];
rx(pi*0.001667606249) q[2];
rx(pi*0.002451191253) q[3];
rx(pi*6.5916203e-05) q[4];
rx(pi*-0.002949774904) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
