// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.00039093506) q[0];
rx(pi*-7.4805315e-05) q[1];
rx(pi*0.000892655773) q[2];
rx(pi*0.000325931647) q[3];
rx(pi*-0.000214724239) q[4];
rx(pi*-0.000176695886) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000741592755) q[0];
rx(pi*0.002942642633) q[1];
rx(pi*-0.000349234628) q[2];
rx(pi*-0.00067461651) q[3];
rx(pi*-0.001928296546) q[4];
rx(pi*0.00013162844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.0019350879) q[0];
rx(pi*-0.000338575501) q[1];
rx(pi*-0.003871128292) q[2];
rx(pi*-0.000345707105) q[3];
rx(pi*-0.001692241918) q[4];
rx(pi*0.000262333255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001267333003) q[0];
rx(pi*0.000509617415) q[1];
rx(pi*0.000366535402) q[2];
rx(pi*0.002073437325) q[3];
rx(pi*-0.000464948045) q[4];
rx(pi*0.000134255813) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000430626678) q[0];
rx(pi*0.000292098346) q[1];
rx(pi*-0.002368294427) q[2];
rx(pi*-0.002933943035) q[3];
rx(pi*-0.001456986516) q[4];
rx(pi*0.000700902881) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
