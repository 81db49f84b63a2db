// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.039765048297) q[0];
ry(pi*-0.113890340311) q[1];
ry(pi*-0.029031932511) q[2];
ry(pi*-0.013948572006) q[3];
ry(pi*0.013030570866) q[4];
ry(pi*0.017558277179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119132311285) q[0];
ry(pi*0.019313919201) q[1];
ry(pi*-0.276656262122) q[2];
ry(pi*-0.015739291081) q[3];
ry(pi*0.544167963419) q[4];
ry(pi*-0.759366847435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021672695386) q[0];
ry(pi*-0.066398683204) q[1];
ry(pi*-0.308454359585) q[2];
ry(pi*0.458611496055) q[3];
ry(pi*-0.419030701597) q[4];
ry(pi*-0.732035238343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074870171575) q[0];
ry(pi*0.200029318461) q[1];
ry(pi*0.13375859221) q[2];
ry(pi*-0.540388136732) q[3];
ry(pi*0.001083349229) q[4];
ry(pi*-0.40130822003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038047068365) q[0];
ry(pi*0.037191478078) q[1];
ry(pi*-0.015439537083) q[2];
ry(pi*0.082363353926) q[3];
ry(pi*-0.000103516794) q[4];
ry(pi*0.004422792058) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
