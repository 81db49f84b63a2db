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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.016045368933) q[0];
rz(pi*0.117306611207) q[1];
rz(pi*-0.000867963112) q[2];
rz(pi*-0.063028160346) q[3];
rz(pi*0.023468330774) q[4];
rz(pi*-0.163916571526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.015027528451) q[0];
rz(pi*0.056314146054) q[1];
rz(pi*-0.043346434273) q[2];
rz(pi*0.087888644942) q[3];
rz(pi*0.081970333458) q[4];
rz(pi*0.058956276668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.076320102156) q[0];
rz(pi*-0.050551510708) q[1];
rz(pi*-0.036330900331) q[2];
rz(pi*0.070387769811) q[3];
rz(pi*0.122247873616) q[4];
rz(pi*-0.047463202729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.124771448273) q[0];
rz(pi*-0.148654665608) q[1];
rz(pi*0.039534204505) q[2];
rz(pi*0.034487954024) q[3];
rz(pi*-0.048090546118) q[4];
rz(pi*0.001754185419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.160276118644) q[0];
rz(pi*0.087849997455) q[1];
rz(pi*0.036825467688) q[2];
rz(pi*-0.066374587814) q[3];
rz(pi*-0.299362410189) q[4];
rz(pi*-0.002106321543) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
