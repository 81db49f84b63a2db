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
rx(pi*0.004741993123) q[0];
rx(pi*0.001253730433) q[1];
rx(pi*-0.004268912402) q[2];
rx(pi*0.005563992456) q[3];
rx(pi*-0.003392866232) q[4];
rx(pi*0.00163835798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.8191004e-05) q[0];
rx(pi*0.000432651611) q[1];
rx(pi*0.000234777081) q[2];
rx(pi*-0.004467559739) q[3];
rx(pi*0.001869571742) q[4];
rx(pi*-0.005157481771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005647007121) q[0];
rx(pi*-0.000352549819) q[1];
rx(pi*-0.00509091885) q[2];
rx(pi*0.000557771249) q[3];
rx(pi*0.004783764295) q[4];
rx(pi*-0.001508868829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003396234488) q[0];
rx(pi*0.002369867979) q[1];
rx(pi*-0.003283246736) q[2];
rx(pi*-0.002350845873) q[3];
rx(pi*-0.001577497704) q[4];
rx(pi*-0.004604592484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000421763366) q[0];
rx(pi*0.00111537545) q[1];
rx(pi*-0.005997837535) q[2];
rx(pi*-0.006947380275) q[3];
rx(pi*-0.002964161286) q[4];
rx(pi*0.002370874869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
