// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003555264949) q[0];
rz(pi*0.002248437354) q[1];
rz(pi*0.001687818006) q[2];
rz(pi*-0.003237160449) q[3];
rz(pi*0.002131031472) q[4];
rz(pi*-0.007653770653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003453463706) q[0];
rz(pi*0.00283066014) q[1];
rz(pi*-0.00415514321) q[2];
rz(pi*-0.001909675683) q[3];
rz(pi*-0.000104098622) q[4];
rz(pi*-0.003996841422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002078663427) q[0];
rz(pi*0.001162931754) q[1];
rz(pi*0.00031657219) q[2];
rz(pi*-0.000742942488) q[3];
rz(pi*0.004187083238) q[4];
rz(pi*-0.000616756929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002466270882) q[0];
rz(pi*0.000317248428) q[1];
rz(pi*-0.004292015576) q[2];
rz(pi*-0.002912673992) q[3];
rz(pi*0.001754206763) q[4];
rz(pi*-0.004467605688) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000706565505) q[0];
rz(pi*0.002142733655) q[1];
rz(pi*-0.003430274265) q[2];
rz(pi*-0.005708247593) q[3];
rz(pi*0.003560775939) q[4];
rz(pi*0.005542416292) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
