// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014187953535) q[0];
ry(pi*0.012759331721) q[1];
ry(pi*-0.066846435306) q[2];
ry(pi*-0.005703301042) q[3];
ry(pi*0.031252770891) q[4];
ry(pi*-0.010700480289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081761187374) q[0];
ry(pi*0.137324776272) q[1];
ry(pi*-0.4100973454) q[2];
ry(pi*-0.008436963899) q[3];
ry(pi*-0.011595147322) q[4];
ry(pi*0.001815884943) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026316868282) q[0];
ry(pi*0.162245546773) q[1];
ry(pi*0.188385989846) q[2];
ry(pi*-0.011920947345) q[3];
ry(pi*0.063347073262) q[4];
ry(pi*-0.073141313143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01961190399) q[0];
ry(pi*0.264818842298) q[1];
ry(pi*-0.166287330187) q[2];
ry(pi*0.492560154469) q[3];
ry(pi*0.524035297821) q[4];
ry(pi*0.021085408211) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041304345263) q[0];
ry(pi*0.011225893777) q[1];
ry(pi*0.010568590048) q[2];
ry(pi*-0.033760194997) q[3];
ry(pi*0.091411239115) q[4];
ry(pi*-0.001418132404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
