// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rz(pi*-0.004178599455) q[0];
rz(pi*-0.00682515487) q[1];
rz(pi*0.000112555168) q[2];
rz(pi*-0.00233434729) q[3];
rz(pi*0.002802706464) q[4];
rz(pi*0.002944415696) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004130116674) q[0];
rz(pi*-0.002044224926) q[1];
rz(pi*0.000977198633) q[2];
rz(pi*-0.000867067762) q[3];
rz(pi*-0.001097639118) q[4];
rz(pi*0.001199961073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001035621874) q[0];
rz(pi*0.003170361259) q[1];
rz(pi*0.003157555247) q[2];
rz(pi*0.001252308811) q[3];
rz(pi*0.002207946398) q[4];
rz(pi*0.00742399882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001123913705) q[0];
rz(pi*-0.000662421776) q[1];
rz(pi*-0.002114450328) q[2];
rz(pi*-0.001348248067) q[3];
rz(pi*0.001134969259) q[4];
rz(pi*0.000844261555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002802629981) q[0];
rz(pi*0.002052097727) q[1];
rz(pi*4.1624383e-05) q[2];
rz(pi*0.004393017592) q[3];
rz(pi*0.003600378882) q[4];
rz(pi*0.000353781417) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
