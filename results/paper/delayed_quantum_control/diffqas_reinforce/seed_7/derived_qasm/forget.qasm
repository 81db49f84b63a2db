// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092022332346) q[0];
ry(pi*0.076103803346) q[1];
ry(pi*-0.138016437275) q[2];
ry(pi*-0.090705519306) q[3];
ry(pi*0.292105922351) q[4];
ry(pi*-0.371238767555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.515915417154) q[0];
ry(pi*-0.436497240797) q[1];
ry(pi*-0.068365222732) q[2];
ry(pi*-0.004780212537) q[3];
ry(pi*0.08441101618) q[4];
ry(pi*0.198679445408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.572489039248) q[0];
ry(pi*-0.220747729698) q[1];
ry(pi*0.215998869923) q[2];
ry(pi*0.135021257029) q[3];
ry(pi*0.125788482414) q[4];
ry(pi*0.036619523255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.228933066345) q[0];
ry(pi*-0.142103736311) q[1];
ry(pi*0.167030416823) q[2];
ry(pi*-0.161355345451) q[3];
ry(pi*0.162756957187) q[4];
ry(pi*-0.044145134776) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.103653319188) q[0];
ry(pi*-0.217858787352) q[1];
ry(pi*0.25121834195) q[2];
ry(pi*0.010664464085) q[3];
ry(pi*-0.590576025244) q[4];
ry(pi*-0.000890082668) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
