// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.036402456049) q[0];
rx(pi*-0.04866075782) q[1];
rx(pi*-0.002685735621) q[2];
rx(pi*2.7777828e-05) q[3];
rx(pi*0.010006337413) q[4];
rx(pi*0.003282590694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.076110386889) q[0];
rx(pi*-0.055401191664) q[1];
rx(pi*-0.001609464709) q[2];
rx(pi*0.008740017969) q[3];
rx(pi*0.011063832124) q[4];
rx(pi*0.003150123859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.15195528812) q[0];
rx(pi*-0.053390236934) q[1];
rx(pi*0.008597225513) q[2];
rx(pi*-0.002117300983) q[3];
rx(pi*0.006941799916) q[4];
rx(pi*0.001976578483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.084250952595) q[0];
rx(pi*-0.053287916905) q[1];
rx(pi*0.000191951161) q[2];
rx(pi*0.01284503518) q[3];
rx(pi*0.009222800879) q[4];
rx(pi*0.000643187264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.149574492875) q[0];
rx(pi*-0.055811316065) q[1];
rx(pi*0.003215285168) q[2];
rx(pi*0.004679899766) q[3];
rx(pi*0.011897243268) q[4];
rx(pi*0.003707911969) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
