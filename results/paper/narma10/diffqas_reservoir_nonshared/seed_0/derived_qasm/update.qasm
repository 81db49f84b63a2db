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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.786737616278) q[0];
rx(pi*0.237048507389) q[1];
rx(pi*0.16220354111) q[2];
rx(pi*0.939580022648) q[3];
rx(pi*0.271888277817) q[4];
rx(pi*0.534250756417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.961431191668) q[0];
rx(pi*1.413715286485) q[1];
rx(pi*1.446630878787) q[2];
rx(pi*1.952893910551) q[3];
rx(pi*0.369302636598) q[4];
rx(pi*1.797847098572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.163983564298) q[0];
rx(pi*1.355769327604) q[1];
rx(pi*0.552411015164) q[2];
rx(pi*1.681676205529) q[3];
rx(pi*1.809217542156) q[4];
rx(pi*1.050501839423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.781859950518) q[0];
rx(pi*0.713798026131) q[1];
rx(pi*1.881147933908) q[2];
rx(pi*1.718285108788) q[3];
rx(pi*1.745452717449) q[4];
rx(pi*1.351340177601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037312453061) q[0];
rx(pi*0.869058774813) q[1];
rx(pi*1.843133377717) q[2];
rx(pi*0.181880727953) q[3];
rx(pi*0.725883135176) q[4];
rx(pi*1.815428005496) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
