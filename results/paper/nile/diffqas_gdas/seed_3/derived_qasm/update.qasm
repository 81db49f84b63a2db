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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003031106627) q[0];
rx(pi*0.204573670988) q[1];
rx(pi*2.4147764e-05) q[2];
rx(pi*0.000428543752) q[3];
rx(pi*-0.002272540748) q[4];
rx(pi*0.000869307732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00369554737) q[0];
rx(pi*0.200625537057) q[1];
rx(pi*0.001325878604) q[2];
rx(pi*-0.001415924895) q[3];
rx(pi*-0.000268869867) q[4];
rx(pi*0.000100384817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00490125511) q[0];
rx(pi*0.200415565658) q[1];
rx(pi*0.004730211343) q[2];
rx(pi*-0.004762470054) q[3];
rx(pi*-0.00192407511) q[4];
rx(pi*0.003191907778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001852196262) q[0];
rx(pi*0.189567555654) q[1];
rx(pi*0.004303509208) q[2];
rx(pi*-0.00145517788) q[3];
rx(pi*0.005213131805) q[4];
rx(pi*0.00154003631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001258805643) q[0];
rx(pi*0.205513637828) q[1];
rx(pi*0.001691512208) q[2];
rx(pi*-0.002743015532) q[3];
rx(pi*0.006787665313) q[4];
rx(pi*-0.001143853174) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
