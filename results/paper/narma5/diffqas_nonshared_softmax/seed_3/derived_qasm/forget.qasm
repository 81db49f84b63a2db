// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.006496447273) q[0];
rz(pi*-0.008134934357) q[1];
rz(pi*0.001330849909) q[2];
rz(pi*-0.00180726672) q[3];
rz(pi*-0.001440827516) q[4];
rz(pi*-0.000686267111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006429815576) q[0];
rz(pi*-0.000738263779) q[1];
rz(pi*-0.002754058857) q[2];
rz(pi*0.010577436092) q[3];
rz(pi*0.000718701097) q[4];
rz(pi*-0.001122458658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000895365615) q[0];
rz(pi*-0.002126457557) q[1];
rz(pi*-0.003358648585) q[2];
rz(pi*-0.001243958134) q[3];
rz(pi*0.001534079757) q[4];
rz(pi*-0.000759339685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003048640706) q[0];
rz(pi*-0.000635989922) q[1];
rz(pi*7.7220639e-05) q[2];
rz(pi*0.004920500591) q[3];
rz(pi*0.001735124774) q[4];
rz(pi*-0.001608192942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00058199452) q[0];
rz(pi*0.001720544959) q[1];
rz(pi*0.006159576651) q[2];
rz(pi*-0.000858228166) q[3];
rz(pi*-0.000775271383) q[4];
rz(pi*0.003190463181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
