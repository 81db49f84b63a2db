// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.002321038797) q[0];
rx(pi*0.000159091473) q[1];
rx(pi*0.003640048822) q[2];
rx(pi*0.002759936852) q[3];
rx(pi*0.000775319037) q[4];
rx(pi*0.000346868852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001501889674) q[0];
rx(pi*0.001165088421) q[1];
rx(pi*-0.004148738722) q[2];
rx(pi*0.00805018665) q[3];
rx(pi*-0.007279754949) q[4];
rx(pi*-0.002049679739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000552746028) q[0];
rx(pi*0.001520065122) q[1];
rx(pi*0.0010026943) q[2];
rx(pi*0.002445329415) q[3];
rx(pi*0.001384959741) q[4];
rx(pi*0.001212695492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002307804712) q[0];
rx(pi*-0.000984263313) q[1];
rx(pi*0.003414994978) q[2];
rx(pi*0.008557335311) q[3];
rx(pi*-0.003235736011) q[4];
rx(pi*-0.001750649225) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004538921282) q[0];
rx(pi*-0.001856493738) q[1];
rx(pi*-0.003902845093) q[2];
rx(pi*0.002223373614) q[3];
rx(pi*0.004827856664) q[4];
rx(pi*0.00020044632) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
