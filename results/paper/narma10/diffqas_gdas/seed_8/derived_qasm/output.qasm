// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-3.2032094e-05) q[0];
ry(pi*-0.003394994738) q[1];
ry(pi*-0.001566581556) q[2];
ry(pi*0.000508984682) q[3];
ry(pi*-0.003978444675) q[4];
ry(pi*0.000212736584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000216958762) q[0];
ry(pi*-0.000626617459) q[1];
ry(pi*-0.001970029921) q[2];
ry(pi*-0.001980848834) q[3];
ry(pi*0.002997117542) q[4];
ry(pi*-0.004906972429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-6.7571811e-05) q[0];
ry(pi*-0.00086987054) q[1];
ry(pi*0.000457094773) q[2];
ry(pi*-0.000225610316) q[3];
ry(pi*-0.003525301051) q[4];
ry(pi*0.006471200475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.2832877e-05) q[0];
ry(pi*-0.002757235607) q[1];
ry(pi*-0.002828853282) q[2];
ry(pi*0.000305136367) q[3];
ry(pi*0.001951144033) q[4];
ry(pi*-0.004272212178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000167929291) q[0];
ry(pi*-0.002817937134) q[1];
ry(pi*-0.002516004234) q[2];
ry(pi*0.002715511273) q[3];
ry(pi*0.005414442144) q[4];
ry(pi*-0.00026963352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
