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
rz(pi*-0.001389248471) q[0];
rz(pi*-0.003723544031) q[1];
rz(pi*0.005536626046) q[2];
rz(pi*-0.001578498368) q[3];
rz(pi*0.001047094903) q[4];
rz(pi*-0.000823073888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040306674) q[0];
rz(pi*0.004202806606) q[1];
rz(pi*0.002015962646) q[2];
rz(pi*-0.007013974027) q[3];
rz(pi*0.000165586545) q[4];
rz(pi*0.002176230486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00319564956) q[0];
rz(pi*-0.001966834495) q[1];
rz(pi*0.005799601373) q[2];
rz(pi*-0.004203106613) q[3];
rz(pi*-0.002105697962) q[4];
rz(pi*0.002976356316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156099393) q[0];
rz(pi*0.006373787273) q[1];
rz(pi*0.000600131874) q[2];
rz(pi*-0.002015489958) q[3];
rz(pi*-0.001201812472) q[4];
rz(pi*-0.003473222044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004067019837) q[0];
rz(pi*0.002006667334) q[1];
rz(pi*0.001849916864) q[2];
rz(pi*0.004120715084) q[3];
rz(pi*-0.002401982616) q[4];
rz(pi*0.005376596849) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
