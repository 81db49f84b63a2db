// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.001386331559) q[0];
ry(pi*0.002441335207) q[1];
ry(pi*-0.001657696398) q[2];
ry(pi*0.0007719659) q[3];
ry(pi*0.000220211328) q[4];
ry(pi*0.001339079042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000339964662) q[0];
ry(pi*0.002442072476) q[1];
ry(pi*0.000950856307) q[2];
ry(pi*-0.0033829506) q[3];
ry(pi*-0.000241340243) q[4];
ry(pi*0.000826825007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.7363218e-05) q[0];
ry(pi*-7.95138e-06) q[1];
ry(pi*3.7326426e-05) q[2];
ry(pi*-2.341016e-06) q[3];
ry(pi*-1.31836e-07) q[4];
ry(pi*0.001991449115) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002542059746) q[0];
ry(pi*0.000314291088) q[1];
ry(pi*-0.001592649074) q[2];
ry(pi*-0.000155181707) q[3];
ry(pi*-0.000141694742) q[4];
ry(pi*0.000189384281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.8140419e-05) q[0];
ry(pi*0.000235144029) q[1];
ry(pi*-0.005164000096) q[2];
ry(pi*-0.000708060721) q[3];
ry(pi*0.002621056338) q[4];
ry(pi*0.005098837601) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
