// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.023265467041) q[0];
rx(pi*0.097962244303) q[1];
rx(pi*0.001784597251) q[2];
rx(pi*0.001097948907) q[3];
rx(pi*-0.006365381753) q[4];
rx(pi*-0.002616658515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.213140777264) q[0];
rx(pi*0.101848422727) q[1];
rx(pi*0.000122677305) q[2];
rx(pi*-0.002058618275) q[3];
rx(pi*-0.001849744479) q[4];
rx(pi*0.002961736925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.032777883356) q[0];
rx(pi*0.103341796157) q[1];
rx(pi*-0.001082658873) q[2];
rx(pi*0.000157127498) q[3];
rx(pi*-0.001408333128) q[4];
rx(pi*0.000947393113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.207654579596) q[0];
rx(pi*0.095762098076) q[1];
rx(pi*-0.002094140891) q[2];
rx(pi*-0.001164171578) q[3];
rx(pi*0.003691951738) q[4];
rx(pi*-0.000565653833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.025822507254) q[0];
rx(pi*0.100844176219) q[1];
rx(pi*-0.001972349784) q[2];
rx(pi*-0.001302445334) q[3];
rx(pi*-0.000306051857) q[4];
rx(pi*0.000605260704) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
