// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.251058268878) q[0];
rx(pi*-0.005486086797) q[1];
rx(pi*0.269196936638) q[2];
rx(pi*-0.24724715613) q[3];
rx(pi*-0.087052032146) q[4];
rx(pi*-0.000636778773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.150773968957) q[0];
rx(pi*-0.073687690331) q[1];
rx(pi*-0.004391918062) q[2];
rx(pi*0.012414047872) q[3];
rx(pi*0.261693689244) q[4];
rx(pi*0.006746098395) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.504306296403) q[0];
rx(pi*-0.250436930364) q[1];
rx(pi*-0.004752151843) q[2];
rx(pi*-0.00062680941) q[3];
rx(pi*-0.487056236254) q[4];
rx(pi*0.017677048951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.261587346993) q[0];
rx(pi*0.478226812769) q[1];
rx(pi*0.097855456193) q[2];
rx(pi*0.276858511612) q[3];
rx(pi*-0.240328762656) q[4];
rx(pi*0.052838518917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.010574768049) q[0];
rx(pi*-0.345186984132) q[1];
rx(pi*-0.505698706357) q[2];
rx(pi*0.010010369122) q[3];
rx(pi*-0.018506908635) q[4];
rx(pi*-0.006922071816) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
