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
rz(pi*0.002110598416) q[0];
rz(pi*0.005163811554) q[1];
rz(pi*0.005056362955) q[2];
rz(pi*0.001003817769) q[3];
rz(pi*0.001188400741) q[4];
rz(pi*-0.006163376537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001019363712) q[0];
rz(pi*-1.6203669e-05) q[1];
rz(pi*-0.005374647399) q[2];
rz(pi*-0.001373144017) q[3];
rz(pi*0.003047575268) q[4];
rz(pi*-0.003943141431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004115591553) q[0];
rz(pi*0.001511334397) q[1];
rz(pi*-0.000726984406) q[2];
rz(pi*-0.000453039125) q[3];
rz(pi*0.002641739894) q[4];
rz(pi*-0.004556270378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006495946867) q[0];
rz(pi*-0.002589195166) q[1];
rz(pi*-0.002435970959) q[2];
rz(pi*0.003885825946) q[3];
rz(pi*0.002514813991) q[4];
rz(pi*0.004218852807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003329461088) q[0];
rz(pi*0.001198104338) q[1];
rz(pi*-0.004062856801) q[2];
rz(pi*-0.00150509592) q[3];
rz(pi*0.0006316525) q[4];
rz(pi*-5.4694156e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
