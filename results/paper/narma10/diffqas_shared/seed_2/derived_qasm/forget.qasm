// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.004299061877) q[0];
rz(pi*-0.000562881552) q[1];
rz(pi*-0.000546699058) q[2];
rz(pi*0.0030470132) q[3];
rz(pi*0.002731184838) q[4];
rz(pi*0.004898802586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003294457555) q[0];
rz(pi*-0.000845274004) q[1];
rz(pi*0.004548742051) q[2];
rz(pi*-0.007354980114) q[3];
rz(pi*-0.004682472649) q[4];
rz(pi*-0.003776318804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00110588752) q[0];
rz(pi*-0.002991639754) q[1];
rz(pi*0.002360009858) q[2];
rz(pi*0.000156676358) q[3];
rz(pi*-0.004650323328) q[4];
rz(pi*0.004701502018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001826393325) q[0];
rz(pi*0.008844737457) q[1];
rz(pi*0.00591261966) q[2];
rz(pi*0.000277479307) q[3];
rz(pi*0.000362997059) q[4];
rz(pi*0.000443287874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001099489998) q[0];
rz(pi*0.006311291042) q[1];
rz(pi*0.004146995304) q[2];
rz(pi*-0.003814602844) q[3];
rz(pi*-0.001100270252) q[4];
rz(pi*0.002708234928) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
