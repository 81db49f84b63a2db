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
ry(pi*-0.119439081643) q[0];
ry(pi*-0.094122236061) q[1];
ry(pi*-0.011208132914) q[2];
ry(pi*0.051880219661) q[3];
ry(pi*-0.058536338614) q[4];
ry(pi*-0.003651808961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.13653725546) q[0];
ry(pi*-0.059298113406) q[1];
ry(pi*0.012870338896) q[2];
ry(pi*-0.006473104864) q[3];
ry(pi*0.001005470102) q[4];
ry(pi*0.002441513077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107791076246) q[0];
ry(pi*-0.093051689286) q[1];
ry(pi*0.048029444384) q[2];
ry(pi*0.00088349616) q[3];
ry(pi*-0.014935805888) q[4];
ry(pi*-0.003563070752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.131899575987) q[0];
ry(pi*-0.123738714184) q[1];
ry(pi*-0.021038946323) q[2];
ry(pi*-0.019037389032) q[3];
ry(pi*-0.00660604335) q[4];
ry(pi*-0.0009078399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093061811246) q[0];
ry(pi*-0.101147322781) q[1];
ry(pi*-0.02739235983) q[2];
ry(pi*0.062444345184) q[3];
ry(pi*0.045721561409) q[4];
ry(pi*-0.001080722467) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
