// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008934450688) q[0];
ry(pi*-0.010278410172) q[1];
ry(pi*-0.033818502993) q[2];
ry(pi*-0.036500291394) q[3];
ry(pi*-0.038108445204) q[4];
ry(pi*-0.02830437744) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018555819192) q[0];
ry(pi*0.048145946541) q[1];
ry(pi*-0.022507937401) q[2];
ry(pi*0.126283130405) q[3];
ry(pi*-0.002896317705) q[4];
ry(pi*0.03596045506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003325129966) q[0];
ry(pi*0.07060659674) q[1];
ry(pi*0.208875608719) q[2];
ry(pi*-0.155529412276) q[3];
ry(pi*0.008441471112) q[4];
ry(pi*-0.023674543197) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.094658035942) q[0];
ry(pi*-0.337653019859) q[1];
ry(pi*-0.06932356942) q[2];
ry(pi*0.458204682399) q[3];
ry(pi*0.40781359576) q[4];
ry(pi*-0.141577925582) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.064501389462) q[0];
ry(pi*0.051126593663) q[1];
ry(pi*-0.055172275977) q[2];
ry(pi*-0.03207870203) q[3];
ry(pi*-0.068893689646) q[4];
ry(pi*-0.001423286766) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
