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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.042297777305) q[0];
ry(pi*-0.002368833965) q[1];
ry(pi*-0.001371314333) q[2];
ry(pi*0.001571420199) q[3];
ry(pi*0.042630502382) q[4];
ry(pi*-0.012867988647) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001887589923) q[0];
ry(pi*0.003425794325) q[1];
ry(pi*-0.002669385263) q[2];
ry(pi*0.010293410501) q[3];
ry(pi*-0.003714913802) q[4];
ry(pi*-0.005627595628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031550856473) q[0];
ry(pi*0.006747259883) q[1];
ry(pi*-0.263221355915) q[2];
ry(pi*-0.007150487689) q[3];
ry(pi*-0.048255756062) q[4];
ry(pi*0.004287443441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.258003129335) q[0];
ry(pi*-0.049614005583) q[1];
ry(pi*-0.017605303506) q[2];
ry(pi*-0.009723903755) q[3];
ry(pi*-0.009675312176) q[4];
ry(pi*-0.002658729693) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.180865856706) q[0];
ry(pi*-0.352700192219) q[1];
ry(pi*-0.275658542239) q[2];
ry(pi*-0.507433422624) q[3];
ry(pi*-0.386918908724) q[4];
ry(pi*0.001542983015) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
