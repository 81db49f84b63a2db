// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.06744814177) q[0];
ry(pi*-0.123832079076) q[1];
ry(pi*0.014851035652) q[2];
ry(pi*0.04481021496) q[3];
ry(pi*-0.037644613698) q[4];
ry(pi*-0.048373353895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044139793947) q[0];
ry(pi*0.142384599382) q[1];
ry(pi*0.114459854765) q[2];
ry(pi*0.478231176501) q[3];
ry(pi*0.050912932065) q[4];
ry(pi*0.076450525567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027509035113) q[0];
ry(pi*-0.029235849231) q[1];
ry(pi*0.139080552289) q[2];
ry(pi*0.118760834372) q[3];
ry(pi*0.112745458311) q[4];
ry(pi*-0.038568807069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174733466224) q[0];
ry(pi*-0.023887915461) q[1];
ry(pi*0.079568587557) q[2];
ry(pi*-0.069901104603) q[3];
ry(pi*0.108330983727) q[4];
ry(pi*-0.037253590111) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035682532766) q[0];
ry(pi*-0.041673393665) q[1];
ry(pi*0.138766780988) q[2];
ry(pi*0.01615578321) q[3];
ry(pi*-0.003604805461) q[4];
ry(pi*-0.004144616596) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
