// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032980398465) q[0];
ry(pi*0.001723893204) q[1];
ry(pi*-0.144198498411) q[2];
ry(pi*0.002899487933) q[3];
ry(pi*-0.001345720837) q[4];
ry(pi*-8.5144226e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.070540286987) q[0];
ry(pi*0.986019844852) q[1];
ry(pi*0.010002612826) q[2];
ry(pi*0.005023023687) q[3];
ry(pi*0.001303222179) q[4];
ry(pi*0.000658161282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01870374852) q[0];
ry(pi*-0.489561929097) q[1];
ry(pi*-0.000434196297) q[2];
ry(pi*0.028995666103) q[3];
ry(pi*-0.525272510698) q[4];
ry(pi*0.145148274161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008346728325) q[0];
ry(pi*-0.010152803468) q[1];
ry(pi*0.656154720522) q[2];
ry(pi*0.494219966329) q[3];
ry(pi*0.467413674675) q[4];
ry(pi*-0.144882418534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.598592087036) q[0];
ry(pi*-0.007683054496) q[1];
ry(pi*0.076008655016) q[2];
ry(pi*0.4799028653) q[3];
ry(pi*0.150712952601) q[4];
ry(pi*-0.005810712881) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
