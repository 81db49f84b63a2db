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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005453593595) q[0];
rx(pi*-0.001660220366) q[1];
rx(pi*-0.000885901326) q[2];
rx(pi*0.000440758051) q[3];
rx(pi*-0.002828862472) q[4];
rx(pi*-0.002829922278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.6053946e-05) q[0];
rx(pi*-0.003012127357) q[1];
rx(pi*0.000156225273) q[2];
rx(pi*0.003867053005) q[3];
rx(pi*-0.003403037997) q[4];
rx(pi*-0.005111860614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000300079166) q[0];
rx(pi*0.000979988739) q[1];
rx(pi*0.00222419122) q[2];
rx(pi*-0.003388645982) q[3];
rx(pi*-0.007526424384) q[4];
rx(pi*0.00264605738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002083202805) q[0];
rx(pi*0.004526270017) q[1];
rx(pi*-0.002949540413) q[2];
rx(pi*0.00177043039) q[3];
rx(pi*0.002881461747) q[4];
rx(pi*-0.005762609258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003410637175) q[0];
rx(pi*0.004506035285) q[1];
rx(pi*0.001827633965) q[2];
rx(pi*0.001619753126) q[3];
rx(pi*0.002339932096) q[4];
rx(pi*-0.00090449751) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
