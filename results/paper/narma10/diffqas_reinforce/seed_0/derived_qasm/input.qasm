// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.004364216071) q[0];
rx(pi*0.00237688004) q[1];
rx(pi*0.002258821673) q[2];
rx(pi*-0.000648441233) q[3];
rx(pi*-0.001417013457) q[4];
rx(pi*-0.002411447645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002326960221) q[0];
rx(pi*-0.000972796659) q[1];
rx(pi*0.002668792957) q[2];
rx(pi*-0.001657132255) q[3];
rx(pi*0.000396620177) q[4];
rx(pi*0.006872069732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000273589097) q[0];
rx(pi*-0.000426604233) q[1];
rx(pi*0.001999037325) q[2];
rx(pi*0.001457860745) q[3];
rx(pi*0.001969691376) q[4];
rx(pi*-0.004584927527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006276134541) q[0];
rx(pi*0.001708436344) q[1];
rx(pi*9.0026651e-05) q[2];
rx(pi*0.005594801234) q[3];
rx(pi*0.002757325431) q[4];
rx(pi*0.000622759025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000549750372) q[0];
rx(pi*0.004183293135) q[1];
rx(pi*0.000838789771) q[2];
rx(pi*0.000724531734) q[3];
rx(pi*0.002291176581) q[4];
rx(pi*-0.000627971046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
