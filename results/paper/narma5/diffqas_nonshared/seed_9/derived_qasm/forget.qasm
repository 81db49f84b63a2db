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
rz(pi*0.000808255431) q[0];
rz(pi*-0.000357639073) q[1];
rz(pi*0.003868106585) q[2];
rz(pi*0.001785493862) q[3];
rz(pi*0.004268808645) q[4];
rz(pi*0.003841838223) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000644729911) q[0];
rz(pi*-0.00035513593) q[1];
rz(pi*-0.000304168182) q[2];
rz(pi*-0.005023046217) q[3];
rz(pi*-0.000644623412) q[4];
rz(pi*-0.000277146506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000929703917) q[0];
rz(pi*-0.001135311509) q[1];
rz(pi*0.003221012862) q[2];
rz(pi*0.003261749723) q[3];
rz(pi*0.00607492203) q[4];
rz(pi*0.005031138094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003017612556) q[0];
rz(pi*0.003039753456) q[1];
rz(pi*-0.00139515033) q[2];
rz(pi*-0.000858688996) q[3];
rz(pi*0.003771695382) q[4];
rz(pi*0.00349853584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006402774074) q[0];
rz(pi*-0.002331903511) q[1];
rz(pi*-0.00158684949) q[2];
rz(pi*0.005407591796) q[3];
rz(pi*0.002049341935) q[4];
rz(pi*-0.0035698793) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
