// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.003177491751) q[0];
rz(pi*-0.002882708316) q[1];
rz(pi*0.003659306754) q[2];
rz(pi*-0.002946012667) q[3];
rz(pi*0.003572751893) q[4];
rz(pi*0.00129833892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000984768018) q[0];
rz(pi*0.004378415394) q[1];
rz(pi*0.002944199881) q[2];
rz(pi*0.000865332719) q[3];
rz(pi*0.000477796819) q[4];
rz(pi*-0.003240948477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000249132428) q[0];
rz(pi*0.00338743054) q[1];
rz(pi*0.002760805151) q[2];
rz(pi*-0.010212408726) q[3];
rz(pi*0.00242623453) q[4];
rz(pi*0.003545767013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00161675054) q[0];
rz(pi*0.001560158984) q[1];
rz(pi*-0.000853485424) q[2];
rz(pi*-0.000485480449) q[3];
rz(pi*0.007651841362) q[4];
rz(pi*-0.002345654158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001968702273) q[0];
rz(pi*-0.001418214372) q[1];
rz(pi*0.000376591588) q[2];
rz(pi*-0.002279129035) q[3];
rz(pi*0.000429122939) q[4];
rz(pi*-0.000797737265) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
