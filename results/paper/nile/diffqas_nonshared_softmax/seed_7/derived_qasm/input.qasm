// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.272899847806) q[0];
ry(pi*0.001091308964) q[1];
ry(pi*0.000185637664) q[2];
ry(pi*0.033052928908) q[3];
ry(pi*0.467891560244) q[4];
ry(pi*0.501247282347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001666175882) q[0];
ry(pi*-0.011838030509) q[1];
ry(pi*-0.008995599261) q[2];
ry(pi*-0.026027114108) q[3];
ry(pi*-0.01457674901) q[4];
ry(pi*0.022033625823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004679007158) q[0];
ry(pi*0.002213537133) q[1];
ry(pi*-0.004768071757) q[2];
ry(pi*-0.002330895288) q[3];
ry(pi*-0.054460935491) q[4];
ry(pi*-0.02046496853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.303442935954) q[0];
ry(pi*-0.129940791569) q[1];
ry(pi*0.004507101909) q[2];
ry(pi*-0.033867191807) q[3];
ry(pi*0.00627161962) q[4];
ry(pi*-0.03802930513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.236017091906) q[0];
ry(pi*-0.002365558794) q[1];
ry(pi*-0.000243194737) q[2];
ry(pi*0.023418954198) q[3];
ry(pi*-0.062993093965) q[4];
ry(pi*-0.00110688181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
