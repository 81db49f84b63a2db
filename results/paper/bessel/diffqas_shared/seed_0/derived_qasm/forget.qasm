// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.027641464892) q[0];
rx(pi*0.08547883088) q[1];
rx(pi*0.022077478958) q[2];
rx(pi*-0.126214800054) q[3];
rx(pi*-0.196631564967) q[4];
rx(pi*0.071869199897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.105575049829) q[0];
rx(pi*-0.167325386132) q[1];
rx(pi*0.04976677889) q[2];
rx(pi*0.047473263028) q[3];
rx(pi*-0.16183937819) q[4];
rx(pi*-0.008616743134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12030480812) q[0];
rx(pi*0.017740504491) q[1];
rx(pi*-0.122474882542) q[2];
rx(pi*-0.194614515241) q[3];
rx(pi*0.054260327143) q[4];
rx(pi*-0.005678803667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011308185699) q[0];
rx(pi*0.064700119507) q[1];
rx(pi*-0.062545090474) q[2];
rx(pi*0.094019270959) q[3];
rx(pi*0.168343387882) q[4];
rx(pi*0.135854549594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115986534854) q[0];
rx(pi*0.05043026062) q[1];
rx(pi*0.032867954104) q[2];
rx(pi*-0.028628099947) q[3];
rx(pi*0.011690964441) q[4];
rx(pi*0.000700938974) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
