// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002711031926) q[0];
rz(pi*-0.00376087054) q[1];
rz(pi*0.000977179883) q[2];
rz(pi*0.001099242982) q[3];
rz(pi*0.001482621959) q[4];
rz(pi*-0.004203978766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002369985373) q[0];
rz(pi*-0.001897582335) q[1];
rz(pi*0.002056609535) q[2];
rz(pi*-0.002838304675) q[3];
rz(pi*0.003874731335) q[4];
rz(pi*-0.003893038554) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004737706468) q[0];
rz(pi*-0.00240311772) q[1];
rz(pi*-0.002175769656) q[2];
rz(pi*-0.005703427922) q[3];
rz(pi*-0.003071182109) q[4];
rz(pi*0.001527515038) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002334409396) q[0];
rz(pi*0.001493597249) q[1];
rz(pi*-0.001547898587) q[2];
rz(pi*-0.006390378348) q[3];
rz(pi*-0.007787272392) q[4];
rz(pi*0.002240415736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002538092367) q[0];
rz(pi*0.002497326157) q[1];
rz(pi*-0.001157372664) q[2];
rz(pi*-0.001087686059) q[3];
rz(pi*-0.001659345989) q[4];
rz(pi*0.001422298701) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
