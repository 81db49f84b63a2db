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
rx(pi*0.030359911972) q[0];
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
ry(pi*0.000987827374) q[0];
ry(pi*0.004003192845) q[1];
ry(pi*-0.000178704551) q[2];
ry(pi*0.007001241534) q[3];
ry(pi*-0.002044478093) q[4];
ry(pi*-0.003862527708) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005205524326) q[0];
ry(pi*-0.002890503447) q[1];
ry(pi*-0.000678078591) q[2];
ry(pi*-0.001301227669) q[3];
ry(pi*-0.003119171303) q[4];
ry(pi*-0.003061537432) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000454572249) q[0];
ry(pi*0.00301825763) q[1];
ry(pi*-0.000207960417) q[2];
ry(pi*-0.003924606242) q[3];
ry(pi*0.00392009725) q[4];
ry(pi*0.005645211232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002427997366) q[0];
ry(pi*-0.003189846863) q[1];
ry(pi*-0.00056506842) q[2];
ry(pi*0.002137918876) q[3];
ry(pi*0.001293538518) q[4];
ry(pi*-0.002716231645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.248047711219) q[0];
ry(pi*-0.060695095792) q[1];
ry(pi*0.048120010795) q[2];
ry(pi*0.041746889347) q[3];
ry(pi*-0.012294170937) q[4];
ry(pi*0.003438266832) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
