// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.07651304077) q[0];
rx(pi*-0.000502933783) q[1];
rx(pi*0.212909765088) q[2];
rx(pi*0.240655833854) q[3];
rx(pi*0.189112721974) q[4];
rx(pi*0.001491958034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099425545928) q[0];
rx(pi*0.252220027137) q[1];
rx(pi*-0.133529828305) q[2];
rx(pi*0.636530524562) q[3];
rx(pi*-0.153852505971) q[4];
rx(pi*-0.001179770364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.607071994563) q[0];
rx(pi*0.252092985619) q[1];
rx(pi*0.271797588083) q[2];
rx(pi*-0.218724399993) q[3];
rx(pi*0.185983091351) q[4];
rx(pi*0.004401200478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.095124879372) q[0];
rx(pi*-0.124701287052) q[1];
rx(pi*0.219960872933) q[2];
rx(pi*0.001345615153) q[3];
rx(pi*-0.15062508032) q[4];
rx(pi*-0.000624979207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.284923997412) q[0];
rx(pi*-0.026093974071) q[1];
rx(pi*0.212490258664) q[2];
rx(pi*0.238315943853) q[3];
rx(pi*0.184339709891) q[4];
rx(pi*0.001338294489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
