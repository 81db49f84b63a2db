// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.3547e-08) q[0];
ry(pi*1.928e-09) q[1];
ry(pi*-4.2e-11) q[2];
ry(pi*-1.2647e-08) q[3];
ry(pi*0.124259022817) q[4];
ry(pi*-5.775e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-6.278e-09) q[0];
ry(pi*-5.711e-09) q[1];
ry(pi*3.047964e-06) q[2];
ry(pi*2.4303e-08) q[3];
ry(pi*-2.4194e-08) q[4];
ry(pi*1.9556e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.1667e-08) q[0];
ry(pi*-7.855e-09) q[1];
ry(pi*0.500000583096) q[2];
ry(pi*3.7948397e-05) q[3];
ry(pi*-0.500000393369) q[4];
ry(pi*-7.233e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499999975968) q[0];
ry(pi*-0.003764321505) q[1];
ry(pi*0.003590588647) q[2];
ry(pi*-0.00182490604) q[3];
ry(pi*-0.001698569922) q[4];
ry(pi*0.499999406786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.87e-08) q[0];
ry(pi*-0.499732839681) q[1];
ry(pi*-0.124247231255) q[2];
ry(pi*-0.499997964857) q[3];
ry(pi*-5.533e-09) q[4];
ry(pi*-0.000578690964) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
