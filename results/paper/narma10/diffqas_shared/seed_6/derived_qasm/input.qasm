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
rz(pi*0.000977799017) q[0];
rz(pi*0.000663493514) q[1];
rz(pi*0.002850385869) q[2];
rz(pi*-0.000487161353) q[3];
rz(pi*0.00345567077) q[4];
rz(pi*-0.00167403727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00071618995) q[0];
rz(pi*-0.002166115343) q[1];
rz(pi*0.001902416829) q[2];
rz(pi*0.00011422364) q[3];
rz(pi*-0.00274468128) q[4];
rz(pi*0.006372181705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001157737742) q[0];
rz(pi*-0.000370193474) q[1];
rz(pi*0.001254665433) q[2];
rz(pi*0.005562945398) q[3];
rz(pi*-0.00047231981) q[4];
rz(pi*0.002238301757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000314475405) q[0];
rz(pi*-0.004659400009) q[1];
rz(pi*0.002520941892) q[2];
rz(pi*0.003248795783) q[3];
rz(pi*-0.000763900037) q[4];
rz(pi*-4.9135049e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004778837606) q[0];
rz(pi*-0.004847706605) q[1];
rz(pi*-0.001246246721) q[2];
rz(pi*0.001992407832) q[3];
rz(pi*-0.001494702412) q[4];
rz(pi*0.000929537683) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
