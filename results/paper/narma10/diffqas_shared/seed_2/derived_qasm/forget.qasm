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
rz(pi*0.007078222272) q[0];
rz(pi*0.023244651565) q[1];
rz(pi*0.021733650081) q[2];
rz(pi*0.021890016353) q[3];
rz(pi*0.02797581451) q[4];
rz(pi*-0.003241237219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005723541999) q[0];
rz(pi*-0.004387743168) q[1];
rz(pi*-0.003372155107) q[2];
rz(pi*-0.001251847388) q[3];
rz(pi*-0.0046898403) q[4];
rz(pi*-0.001043453173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006139841436) q[0];
rz(pi*0.012481370295) q[1];
rz(pi*-0.004412944016) q[2];
rz(pi*-0.00359489635) q[3];
rz(pi*0.002164430771) q[4];
rz(pi*-0.013363075384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009117085915) q[0];
rz(pi*-0.007889414551) q[1];
rz(pi*0.008059541994) q[2];
rz(pi*-0.007311204649) q[3];
rz(pi*-0.009036099555) q[4];
rz(pi*-0.001287131066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.024739526214) q[0];
rz(pi*0.033900128497) q[1];
rz(pi*0.037806247279) q[2];
rz(pi*0.025057440689) q[3];
rz(pi*-0.020272143752) q[4];
rz(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
