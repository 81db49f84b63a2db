// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.002459986604) q[0];
rx(pi*0.052095887627) q[1];
rx(pi*-0.13508513827) q[2];
rx(pi*-0.005332655965) q[3];
rx(pi*-0.010178124971) q[4];
rx(pi*0.002338618233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019350483243) q[0];
rx(pi*-0.013948109545) q[1];
rx(pi*-0.308197316799) q[2];
rx(pi*0.017375604007) q[3];
rx(pi*-0.012879454116) q[4];
rx(pi*0.003330708546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053737191571) q[0];
rx(pi*-0.182179377975) q[1];
rx(pi*-0.16169457818) q[2];
rx(pi*-0.007968464504) q[3];
rx(pi*-0.010244057641) q[4];
rx(pi*0.003282974003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006218478732) q[0];
rx(pi*0.065491975592) q[1];
rx(pi*-0.361343872504) q[2];
rx(pi*0.012892761127) q[3];
rx(pi*-0.0101491607) q[4];
rx(pi*-0.000875147855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037943254233) q[0];
rx(pi*0.072667478256) q[1];
rx(pi*-0.140591978288) q[2];
rx(pi*-0.002036098957) q[3];
rx(pi*-0.010755994549) q[4];
rx(pi*0.003586504171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
