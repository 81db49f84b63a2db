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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024317060041) q[0];
rx(pi*-0.006870349141) q[1];
rx(pi*0.001303181714) q[2];
rx(pi*-0.003539776072) q[3];
rx(pi*0.002793557153) q[4];
rx(pi*-0.0016386485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02178551683) q[0];
rx(pi*0.001745572533) q[1];
rx(pi*0.001222703542) q[2];
rx(pi*-0.000240559248) q[3];
rx(pi*0.003702009962) q[4];
rx(pi*0.001563624031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019125434439) q[0];
rx(pi*0.002582008645) q[1];
rx(pi*0.000606209971) q[2];
rx(pi*-0.000373826014) q[3];
rx(pi*0.001091338387) q[4];
rx(pi*0.00408305922) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0142875154) q[0];
rx(pi*0.000894445288) q[1];
rx(pi*-0.002740498679) q[2];
rx(pi*0.000612251569) q[3];
rx(pi*0.001271951385) q[4];
rx(pi*-0.001797749664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021664771892) q[0];
rx(pi*0.000682279943) q[1];
rx(pi*-0.002514953619) q[2];
rx(pi*0.00177765871) q[3];
rx(pi*-8.3778327e-05) q[4];
rx(pi*-0.009556757405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
