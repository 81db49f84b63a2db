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
ry(pi*-0.26548463396) q[0];
ry(pi*0.010302097648) q[1];
ry(pi*0.30125941934) q[2];
ry(pi*0.187117965227) q[3];
ry(pi*-0.039847921259) q[4];
ry(pi*-0.008015840048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.103310111668) q[0];
ry(pi*0.085939849676) q[1];
ry(pi*-0.046782854226) q[2];
ry(pi*0.190810137819) q[3];
ry(pi*0.077354818897) q[4];
ry(pi*-0.009169548526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.184489499734) q[0];
ry(pi*-0.106183676602) q[1];
ry(pi*0.356344743214) q[2];
ry(pi*-0.022158041988) q[3];
ry(pi*-0.444088085368) q[4];
ry(pi*0.406218063569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006603655155) q[0];
ry(pi*0.089767838683) q[1];
ry(pi*-0.421425024411) q[2];
ry(pi*-0.06835362564) q[3];
ry(pi*-0.031034788249) q[4];
ry(pi*0.105742455868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.1959104298) q[0];
ry(pi*-0.020436594786) q[1];
ry(pi*0.027678974014) q[2];
ry(pi*-0.007236122372) q[3];
ry(pi*-0.025677275613) q[4];
ry(pi*0.001727066544) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
