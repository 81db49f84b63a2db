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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000649546766) q[0];
rx(pi*-0.000289849816) q[1];
rx(pi*-0.000212306751) q[2];
rx(pi*-0.004332751251) q[3];
rx(pi*-0.000521461264) q[4];
rx(pi*-0.001034196695) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001284459762) q[0];
rx(pi*0.00131045465) q[1];
rx(pi*0.001075386456) q[2];
rx(pi*-0.003871258433) q[3];
rx(pi*0.000951093985) q[4];
rx(pi*-0.00292853847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002758301045) q[0];
rx(pi*0.033784518059) q[1];
rx(pi*0.006979815373) q[2];
rx(pi*0.021456308827) q[3];
rx(pi*0.010989543144) q[4];
rx(pi*-0.021371503016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003339966654) q[0];
rx(pi*-0.001510846738) q[1];
rx(pi*-0.003729467382) q[2];
rx(pi*0.001484369231) q[3];
rx(pi*-0.004853398133) q[4];
rx(pi*0.000604528141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00463413157) q[0];
rx(pi*0.00238438139) q[1];
rx(pi*0.001742873363) q[2];
rx(pi*0.000906808405) q[3];
rx(pi*0.002618831487) q[4];
rx(pi*0.002525858798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
