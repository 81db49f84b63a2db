// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
rz(pi*-0.000529746685) q[0];
rz(pi*-8.3240253e-05) q[1];
rz(pi*-0.002900011462) q[2];
rz(pi*0.002953355714) q[3];
rz(pi*0.000503902283) q[4];
rz(pi*0.001599777342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007388657334) q[0];
rz(pi*-0.005861557474) q[1];
rz(pi*0.000948288168) q[2];
rz(pi*0.001706906221) q[3];
rz(pi*-0.001583217691) q[4];
rz(pi*-0.00122874577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002040718821) q[0];
rz(pi*-0.002858109259) q[1];
rz(pi*-0.000227593098) q[2];
rz(pi*-0.00331961779) q[3];
rz(pi*-0.002167226138) q[4];
rz(pi*0.002325947995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005835451566) q[0];
rz(pi*-0.002673180109) q[1];
rz(pi*-0.008218503974) q[2];
rz(pi*0.000720145842) q[3];
rz(pi*0.000337956589) q[4];
rz(pi*0.008879854828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001545744439) q[0];
rz(pi*0.000445674216) q[1];
rz(pi*0.003197549503) q[2];
rz(pi*0.0019006159) q[3];
rz(pi*-0.001160841416) q[4];
rz(pi*0.003683367162) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
