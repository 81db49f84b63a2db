// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.036592887889) q[0];
rx(pi*0.006333721573) q[1];
rx(pi*-7.1520658e-05) q[2];
rx(pi*-0.000734718617) q[3];
rx(pi*0.000528985219) q[4];
rx(pi*0.002338232998) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041612723561) q[0];
rx(pi*0.001017536473) q[1];
rx(pi*-8.5225583e-05) q[2];
rx(pi*0.005916541089) q[3];
rx(pi*-0.00210786886) q[4];
rx(pi*0.003330035014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.042017435986) q[0];
rx(pi*-0.003918672219) q[1];
rx(pi*-0.002247888331) q[2];
rx(pi*-0.003622500809) q[3];
rx(pi*0.000463109801) q[4];
rx(pi*0.00328260522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.03916790478) q[0];
rx(pi*0.001385922163) q[1];
rx(pi*0.005593587571) q[2];
rx(pi*0.001331983975) q[3];
rx(pi*0.000622792968) q[4];
rx(pi*-0.000875548061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044786513255) q[0];
rx(pi*0.001818244826) q[1];
rx(pi*-0.005577872207) q[2];
rx(pi*0.002562227777) q[3];
rx(pi*-4.8321036e-05) q[4];
rx(pi*0.003586656842) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
