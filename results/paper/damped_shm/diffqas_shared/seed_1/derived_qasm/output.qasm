// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*0.000119305334) q[0];
rz(pi*0.002656282802) q[1];
rz(pi*0.001926706393) q[2];
rz(pi*0.005165838674) q[3];
rz(pi*0.003569996398) q[4];
rz(pi*0.002754934568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00015977729) q[0];
rz(pi*-0.000641909568) q[1];
rz(pi*-0.000841054346) q[2];
rz(pi*-0.003000661296) q[3];
rz(pi*0.004903987779) q[4];
rz(pi*-0.001136008535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001449369699) q[0];
rz(pi*-0.002152641728) q[1];
rz(pi*0.001426107184) q[2];
rz(pi*-0.00307322583) q[3];
rz(pi*0.009476189039) q[4];
rz(pi*-0.004733568037) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000394025654) q[0];
rz(pi*-0.003638684266) q[1];
rz(pi*0.000583890535) q[2];
rz(pi*0.001547590132) q[3];
rz(pi*-0.002032150995) q[4];
rz(pi*0.000702139296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.9936216e-05) q[0];
rz(pi*0.003169404617) q[1];
rz(pi*-0.000467513516) q[2];
rz(pi*0.000657379917) q[3];
rz(pi*-0.003736420597) q[4];
rz(pi*-0.004419435957) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
