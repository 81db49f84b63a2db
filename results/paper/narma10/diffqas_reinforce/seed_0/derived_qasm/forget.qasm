// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rx(pi*-4.333611e-06) q[0];
rx(pi*0.000798204321) q[1];
rx(pi*0.005606339036) q[2];
rx(pi*0.00142135036) q[3];
rx(pi*0.002409940201) q[4];
rx(pi*-0.003902105453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-9.128562e-06) q[0];
rx(pi*0.000479174938) q[1];
rx(pi*0.003822463787) q[2];
rx(pi*0.000516471061) q[3];
rx(pi*-0.005788680185) q[4];
rx(pi*-0.001604914214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.176615e-06) q[0];
rx(pi*0.00142432419) q[1];
rx(pi*-0.004088375146) q[2];
rx(pi*0.000678392012) q[3];
rx(pi*-0.001175444281) q[4];
rx(pi*-0.006060899983) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.5716524e-05) q[0];
rx(pi*-0.001199509433) q[1];
rx(pi*0.026332200634) q[2];
rx(pi*0.012207988416) q[3];
rx(pi*-0.007908234331) q[4];
rx(pi*0.004799824726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.702907e-06) q[0];
rx(pi*0.001342420321) q[1];
rx(pi*0.005896310211) q[2];
rx(pi*0.002220623158) q[3];
rx(pi*0.003245648679) q[4];
rx(pi*-0.001516777648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
