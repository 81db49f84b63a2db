// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.00888206456) q[0];
rx(pi*0.108123981564) q[1];
rx(pi*-0.001852733724) q[2];
rx(pi*-0.008477304111) q[3];
rx(pi*0.001350353449) q[4];
rx(pi*0.001135036849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009553801214) q[0];
rx(pi*0.33930186547) q[1];
rx(pi*-0.007801464007) q[2];
rx(pi*-0.005213956526) q[3];
rx(pi*-0.002724899819) q[4];
rx(pi*0.001083350786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015477803929) q[0];
rx(pi*0.092601390092) q[1];
rx(pi*0.003685925815) q[2];
rx(pi*-0.002119672132) q[3];
rx(pi*-0.001971010575) q[4];
rx(pi*0.000314735651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010748680555) q[0];
rx(pi*0.339750608898) q[1];
rx(pi*0.003364462843) q[2];
rx(pi*-0.008986523765) q[3];
rx(pi*-0.000953309646) q[4];
rx(pi*0.00319861672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005449726119) q[0];
rx(pi*0.103550581759) q[1];
rx(pi*0.002440218483) q[2];
rx(pi*-0.013697842402) q[3];
rx(pi*-0.000365752369) q[4];
rx(pi*0.001586418008) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
