// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.34173025322) q[0];
ry(pi*0.759780984571) q[1];
ry(pi*0.326903174852) q[2];
ry(pi*1.131058456532) q[3];
ry(pi*1.706713402297) q[4];
ry(pi*1.360834444111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.528011720119) q[0];
ry(pi*0.385336050329) q[1];
ry(pi*0.221002514727) q[2];
ry(pi*0.549634049975) q[3];
ry(pi*1.182725118944) q[4];
ry(pi*1.821633156466) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.537333410517) q[0];
ry(pi*1.494056221398) q[1];
ry(pi*1.899245962042) q[2];
ry(pi*0.732387600213) q[3];
ry(pi*1.548177122561) q[4];
ry(pi*1.984719860008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.487454474228) q[0];
ry(pi*1.095594975996) q[1];
ry(pi*1.750429952188) q[2];
ry(pi*0.276289746582) q[3];
ry(pi*0.151626604239) q[4];
ry(pi*1.276653273282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.187978293326) q[0];
ry(pi*1.813156588142) q[1];
ry(pi*1.316531105078) q[2];
ry(pi*1.813942970588) q[3];
ry(pi*1.044244930797) q[4];
ry(pi*1.252409592714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
