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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000564694338) q[0];
rx(pi*-0.000338522214) q[1];
rx(pi*-0.000333321977) q[2];
rx(pi*-0.005900628883) q[3];
rx(pi*-0.002142105035) q[4];
rx(pi*-0.00225871169) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001059800863) q[0];
rx(pi*-0.001264994168) q[1];
rx(pi*-0.001277497653) q[2];
rx(pi*0.000464643962) q[3];
rx(pi*-0.001304330158) q[4];
rx(pi*-0.000702985807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00350361105) q[0];
rx(pi*0.00110630492) q[1];
rx(pi*-0.000653067544) q[2];
rx(pi*0.004028666131) q[3];
rx(pi*0.005027522007) q[4];
rx(pi*0.003025568956) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003941923025) q[0];
rx(pi*0.003072378282) q[1];
rx(pi*0.000237864562) q[2];
rx(pi*0.000499674324) q[3];
rx(pi*0.00036868603) q[4];
rx(pi*0.001608391266) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001696487366) q[0];
rx(pi*0.00477403335) q[1];
rx(pi*0.000949622856) q[2];
rx(pi*-7.5041164e-05) q[3];
rx(pi*0.002184135896) q[4];
rx(pi*-0.000131479215) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
