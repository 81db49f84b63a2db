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
rx(pi*0.071666945663) q[0];
rx(pi*0.067478550341) q[1];
rx(pi*0.003441401782) q[2];
rx(pi*-0.001050418024) q[3];
rx(pi*0.00561044545) q[4];
rx(pi*-0.001097692256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.140630976771) q[0];
rx(pi*0.068483133616) q[1];
rx(pi*0.001949215779) q[2];
rx(pi*0.000594664387) q[3];
rx(pi*0.004364534458) q[4];
rx(pi*-0.001761158645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072765591077) q[0];
rx(pi*0.076016599854) q[1];
rx(pi*-0.000807672241) q[2];
rx(pi*0.001695340849) q[3];
rx(pi*0.005003380371) q[4];
rx(pi*0.001761567745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.139705486139) q[0];
rx(pi*0.063253366861) q[1];
rx(pi*0.007575075253) q[2];
rx(pi*0.001369530005) q[3];
rx(pi*0.004012212312) q[4];
rx(pi*-0.001516341868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.077281973032) q[0];
rx(pi*0.071501759435) q[1];
rx(pi*0.000116141925) q[2];
rx(pi*-0.002870519215) q[3];
rx(pi*0.001171809443) q[4];
rx(pi*-0.001548704781) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
