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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.149657422755) q[0];
rx(pi*-0.100337157996) q[1];
rx(pi*0.001369458858) q[2];
rx(pi*0.024815687567) q[3];
rx(pi*-0.013701219551) q[4];
rx(pi*0.002838736898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.199717842862) q[0];
rx(pi*-0.077458348438) q[1];
rx(pi*0.021095508827) q[2];
rx(pi*-0.007123573661) q[3];
rx(pi*-0.01187689974) q[4];
rx(pi*-0.002490007716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038100414989) q[0];
rx(pi*-0.085278554555) q[1];
rx(pi*-0.008949811499) q[2];
rx(pi*0.019122341881) q[3];
rx(pi*-0.009006803261) q[4];
rx(pi*-0.003613110188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.21831056642) q[0];
rx(pi*-0.09852473884) q[1];
rx(pi*0.03054844795) q[2];
rx(pi*-0.003895970437) q[3];
rx(pi*-0.016786822727) q[4];
rx(pi*-0.000605497493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.064008178656) q[0];
rx(pi*-0.096087442753) q[1];
rx(pi*-0.005997564801) q[2];
rx(pi*0.01955010738) q[3];
rx(pi*-0.010326481186) q[4];
rx(pi*0.00287694149) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
