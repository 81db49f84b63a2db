// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*0.006741291768) q[0];
rz(pi*-0.003539685062) q[1];
rz(pi*-0.001201930162) q[2];
rz(pi*0.006502339497) q[3];
rz(pi*0.002058489616) q[4];
rz(pi*0.002110607309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001636071468) q[0];
rz(pi*-0.00524600209) q[1];
rz(pi*0.000533045831) q[2];
rz(pi*0.000347001995) q[3];
rz(pi*-0.003906759408) q[4];
rz(pi*-0.002174785148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000229330234) q[0];
rz(pi*-0.003007240985) q[1];
rz(pi*-0.000312799615) q[2];
rz(pi*0.000303919146) q[3];
rz(pi*0.000113279004) q[4];
rz(pi*-0.001611585062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001889973078) q[0];
rz(pi*0.002836691695) q[1];
rz(pi*0.001021288038) q[2];
rz(pi*-0.002604504988) q[3];
rz(pi*0.002328925679) q[4];
rz(pi*-0.001596136502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002798467241) q[0];
rz(pi*-0.003411616347) q[1];
rz(pi*0.002910841936) q[2];
rz(pi*-6.3866025e-05) q[3];
rz(pi*-0.003974892324) q[4];
rz(pi*-0.000999176041) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
