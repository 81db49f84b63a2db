// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.040976719113) q[0];
rx(pi*-0.296031839195) q[1];
rx(pi*0.055364574261) q[2];
rx(pi*-0.030697943715) q[3];
rx(pi*-0.057634473795) q[4];
rx(pi*0.003754185018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.243462282693) q[0];
rx(pi*-0.308413814823) q[1];
rx(pi*-0.01728773054) q[2];
rx(pi*-0.045299436745) q[3];
rx(pi*-0.060890116665) q[4];
rx(pi*2.0943676e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022712333183) q[0];
rx(pi*-0.335743678422) q[1];
rx(pi*0.031847291426) q[2];
rx(pi*-0.029004607011) q[3];
rx(pi*-0.054543770507) q[4];
rx(pi*-0.000330613098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.211918875395) q[0];
rx(pi*-0.27857431205) q[1];
rx(pi*-0.001430792415) q[2];
rx(pi*-0.040163395365) q[3];
rx(pi*-0.058271953375) q[4];
rx(pi*-0.003147448108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018123673361) q[0];
rx(pi*-0.283434693636) q[1];
rx(pi*0.060783494567) q[2];
rx(pi*-0.027905631945) q[3];
rx(pi*-0.057571877957) q[4];
rx(pi*-0.001101807786) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
