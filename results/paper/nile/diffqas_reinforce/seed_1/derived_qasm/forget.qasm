// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
ry(pi*0.001245175502) q[0];
ry(pi*0.000594899249) q[1];
ry(pi*0.001151012125) q[2];
ry(pi*-0.004213637673) q[3];
ry(pi*0.002108738345) q[4];
ry(pi*0.001369950963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002027471545) q[0];
ry(pi*1.5414638e-05) q[1];
ry(pi*0.000721900525) q[2];
ry(pi*0.000922354423) q[3];
ry(pi*-0.00020129624) q[4];
ry(pi*0.001736839881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001134563346) q[0];
ry(pi*7.148534e-06) q[1];
ry(pi*-0.00119426332) q[2];
ry(pi*0.001915373733) q[3];
ry(pi*0.000126085702) q[4];
ry(pi*-0.000940690101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001832109607) q[0];
ry(pi*1.3868393e-05) q[1];
ry(pi*1.964522e-05) q[2];
ry(pi*-0.000896057083) q[3];
ry(pi*0.004119104476) q[4];
ry(pi*0.003204513094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001407941667) q[0];
ry(pi*-9.070007e-06) q[1];
ry(pi*-0.000689872229) q[2];
ry(pi*-0.001343866993) q[3];
ry(pi*0.000680023002) q[4];
ry(pi*0.000691757053) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
