// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*0.014041976029) q[0];
rz(pi*0.475499442342) q[1];
rz(pi*1.748676870301) q[2];
rz(pi*1.5362109347) q[3];
rz(pi*0.156355390847) q[4];
rz(pi*1.315320795558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.069150438354) q[0];
rz(pi*1.682215031563) q[1];
rz(pi*0.449470843616) q[2];
rz(pi*0.383447047677) q[3];
rz(pi*0.202105031922) q[4];
rz(pi*0.131437608553) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.682449886352) q[0];
rz(pi*1.098888113759) q[1];
rz(pi*1.590795985163) q[2];
rz(pi*0.990331743275) q[3];
rz(pi*1.284156311977) q[4];
rz(pi*1.485751014931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.770654142321) q[0];
rz(pi*1.4618288086) q[1];
rz(pi*0.551582665) q[2];
rz(pi*1.389594701104) q[3];
rz(pi*0.347058266237) q[4];
rz(pi*1.697573850277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.888218821473) q[0];
rz(pi*0.821440517304) q[1];
rz(pi*0.112718128068) q[2];
rz(pi*1.970672589397) q[3];
rz(pi*0.78381869699) q[4];
rz(pi*1.718692946973) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
