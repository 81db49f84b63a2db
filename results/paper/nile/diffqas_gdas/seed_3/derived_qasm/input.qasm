// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.307719924521) q[0];
rx(pi*0.20193459973) q[1];
rx(pi*7.7317546e-05) q[2];
rx(pi*0.002800015299) q[3];
rx(pi*-0.000366092285) q[4];
rx(pi*-0.001777314829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028606822011) q[0];
rx(pi*0.199619222519) q[1];
rx(pi*-0.006503438731) q[2];
rx(pi*0.008245790936) q[3];
rx(pi*-0.004551844392) q[4];
rx(pi*-0.002147089235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.306477740784) q[0];
rx(pi*0.203217878438) q[1];
rx(pi*-0.002146083086) q[2];
rx(pi*0.000943550761) q[3];
rx(pi*-0.001899411427) q[4];
rx(pi*-0.002914009792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.029533434407) q[0];
rx(pi*0.199993156404) q[1];
rx(pi*0.000702567443) q[2];
rx(pi*0.006408589815) q[3];
rx(pi*0.000696296135) q[4];
rx(pi*0.005987897594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.305527718389) q[0];
rx(pi*0.195236271156) q[1];
rx(pi*0.002883656064) q[2];
rx(pi*-0.000737474779) q[3];
rx(pi*-0.00618880239) q[4];
rx(pi*0.002386363301) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
