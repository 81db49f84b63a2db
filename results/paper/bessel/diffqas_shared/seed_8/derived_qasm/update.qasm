// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.157641667249) q[0];
rx(pi*0.13859196609) q[1];
rx(pi*0.225904598412) q[2];
rx(pi*-0.155249772948) q[3];
rx(pi*0.289991049139) q[4];
rx(pi*0.250141297009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.230086476595) q[0];
rx(pi*-0.377594106796) q[1];
rx(pi*-0.041787068883) q[2];
rx(pi*-0.064834887677) q[3];
rx(pi*0.067203881873) q[4];
rx(pi*-0.138395996579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.230140757626) q[0];
rx(pi*-0.158070337511) q[1];
rx(pi*0.268937332531) q[2];
rx(pi*0.041850860004) q[3];
rx(pi*-0.234438293679) q[4];
rx(pi*-0.211316073255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.325987436211) q[0];
rx(pi*-0.151319976177) q[1];
rx(pi*-0.081056122124) q[2];
rx(pi*0.066331116506) q[3];
rx(pi*-0.098263123622) q[4];
rx(pi*0.083919906606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.405608810695) q[0];
rx(pi*0.051404515958) q[1];
rx(pi*0.108995333461) q[2];
rx(pi*0.003231571197) q[3];
rx(pi*-0.059513672279) q[4];
rx(pi*-0.001551417735) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
