// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rz(pi*0.004304002203) q[0];
rz(pi*0.003278701281) q[1];
rz(pi*-2.0080821e-05) q[2];
rz(pi*0.002362802706) q[3];
rz(pi*-0.00356287391) q[4];
rz(pi*-0.004965369361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000189550923) q[0];
rz(pi*-0.000293541646) q[1];
rz(pi*6.3720788e-05) q[2];
rz(pi*0.001111579492) q[3];
rz(pi*-0.004779440287) q[4];
rz(pi*0.000563152173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001054381772) q[0];
rz(pi*0.001221440224) q[1];
rz(pi*-0.000688289932) q[2];
rz(pi*0.004387456501) q[3];
rz(pi*0.004743575272) q[4];
rz(pi*0.002894445332) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003626386961) q[0];
rz(pi*-0.002805189226) q[1];
rz(pi*-0.001286179316) q[2];
rz(pi*0.00422638647) q[3];
rz(pi*0.000154072524) q[4];
rz(pi*-0.000865939921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004551177381) q[0];
rz(pi*0.001256353712) q[1];
rz(pi*-0.002411964949) q[2];
rz(pi*0.000486096841) q[3];
rz(pi*0.003350749401) q[4];
rz(pi*-0.002767402628) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
