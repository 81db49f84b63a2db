// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.991729503544) q[0];
ry(pi*0.000180406688) q[1];
ry(pi*-8.6575242e-05) q[2];
ry(pi*0.397252757265) q[3];
ry(pi*0.849411432102) q[4];
ry(pi*-0.022580579309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-7.7228495e-05) q[0];
ry(pi*0.030117968162) q[1];
ry(pi*-0.000669940691) q[2];
ry(pi*0.112346802936) q[3];
ry(pi*-0.072005760991) q[4];
ry(pi*-0.149075708825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000154085975) q[0];
ry(pi*0.000221446298) q[1];
ry(pi*-0.002105437828) q[2];
ry(pi*0.015985959331) q[3];
ry(pi*-0.334877003307) q[4];
ry(pi*-0.015021887616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.145697402397) q[0];
ry(pi*0.653030060758) q[1];
ry(pi*0.498776727033) q[2];
ry(pi*0.127502082013) q[3];
ry(pi*0.001221709548) q[4];
ry(pi*0.03247489569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.137615524144) q[0];
ry(pi*-0.495342356137) q[1];
ry(pi*0.478769812808) q[2];
ry(pi*0.501629014031) q[3];
ry(pi*0.500338298005) q[4];
ry(pi*0.002935816298) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
