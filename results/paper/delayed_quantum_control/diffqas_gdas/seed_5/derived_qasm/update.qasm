// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001658021751) q[0];
ry(pi*-0.474750967445) q[1];
ry(pi*0.11725629548) q[2];
ry(pi*0.003165274191) q[3];
ry(pi*-0.019487619449) q[4];
ry(pi*0.498463524914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000172575279) q[0];
ry(pi*-0.361216185912) q[1];
ry(pi*-0.132562986569) q[2];
ry(pi*0.504468209832) q[3];
ry(pi*0.003081150806) q[4];
ry(pi*0.001099006712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.49707407471) q[0];
ry(pi*-0.219885702906) q[1];
ry(pi*0.35158083805) q[2];
ry(pi*0.498903464988) q[3];
ry(pi*0.048665396657) q[4];
ry(pi*-0.000532654111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.51376538744) q[0];
ry(pi*-0.009228560294) q[1];
ry(pi*-0.000349368845) q[2];
ry(pi*-0.014908322678) q[3];
ry(pi*0.149900207521) q[4];
ry(pi*-0.496148773805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.473726173451) q[0];
ry(pi*0.513233695158) q[1];
ry(pi*0.007739023509) q[2];
ry(pi*-0.000304115822) q[3];
ry(pi*0.000519754199) q[4];
ry(pi*-0.003409597231) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
