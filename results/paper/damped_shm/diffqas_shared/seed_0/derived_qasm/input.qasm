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
rz(pi*-0.016045017937) q[0];
rz(pi*0.117306582747) q[1];
rz(pi*-0.0008680476) q[2];
rz(pi*-0.063028364303) q[3];
rz(pi*0.023468385321) q[4];
rz(pi*-0.163916590499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.015027846245) q[0];
rz(pi*0.056314226688) q[1];
rz(pi*-0.043346557596) q[2];
rz(pi*0.087888635455) q[3];
rz(pi*0.081970286026) q[4];
rz(pi*0.058956224493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.076319637323) q[0];
rz(pi*-0.050551814272) q[1];
rz(pi*-0.036330769893) q[2];
rz(pi*0.07038769392) q[3];
rz(pi*0.122247977966) q[4];
rz(pi*-0.047463454118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.124771059332) q[0];
rz(pi*-0.148655054549) q[1];
rz(pi*0.039534278024) q[2];
rz(pi*0.034487790384) q[3];
rz(pi*-0.048090446511) q[4];
rz(pi*0.001754027263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.16027602378) q[0];
rz(pi*0.087850073346) q[1];
rz(pi*0.036825439229) q[2];
rz(pi*-0.066374421803) q[3];
rz(pi*-0.299362410189) q[4];
rz(pi*-0.002106237648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
