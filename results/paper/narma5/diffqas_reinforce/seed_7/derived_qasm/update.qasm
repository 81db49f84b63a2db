// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.070633310369) q[0];
rx(pi*0.076151904004) q[1];
rx(pi*0.000323557978) q[2];
rx(pi*-0.003779465019) q[3];
rx(pi*-0.001844164564) q[4];
rx(pi*-0.000624320719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.148590347993) q[0];
rx(pi*0.081221450647) q[1];
rx(pi*-0.004294032913) q[2];
rx(pi*-0.002529858491) q[3];
rx(pi*0.00205906117) q[4];
rx(pi*-0.006341896456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.068973579144) q[0];
rx(pi*0.077317300288) q[1];
rx(pi*0.003919556823) q[2];
rx(pi*0.00219469675) q[3];
rx(pi*-0.001041433464) q[4];
rx(pi*-0.001172751188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.14489409626) q[0];
rx(pi*0.082425859644) q[1];
rx(pi*-0.001443839588) q[2];
rx(pi*-0.000966677133) q[3];
rx(pi*0.001122285903) q[4];
rx(pi*-0.000384284111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.06935857414) q[0];
rx(pi*0.074081019107) q[1];
rx(pi*-0.000118058154) q[2];
rx(pi*-0.001411958405) q[3];
rx(pi*0.003711816797) q[4];
rx(pi*0.002078828253) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
