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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077411267564) q[0];
ry(pi*0.105719394493) q[1];
ry(pi*0.001127877453) q[2];
ry(pi*0.06953382541) q[3];
ry(pi*0.020828891919) q[4];
ry(pi*-0.173001576896) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.245054304924) q[0];
ry(pi*0.55536624829) q[1];
ry(pi*-0.087742478894) q[2];
ry(pi*-0.537885896929) q[3];
ry(pi*-0.092449456328) q[4];
ry(pi*-0.152675759241) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016572677324) q[0];
ry(pi*-0.141124230266) q[1];
ry(pi*-0.278212919152) q[2];
ry(pi*-0.141352387043) q[3];
ry(pi*-0.397601400476) q[4];
ry(pi*-0.187579704988) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.057099669983) q[0];
ry(pi*-0.281287282161) q[1];
ry(pi*0.153583244736) q[2];
ry(pi*-0.428893077358) q[3];
ry(pi*-0.692637720627) q[4];
ry(pi*0.167678165402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.120236695956) q[0];
ry(pi*-0.010968599602) q[1];
ry(pi*0.251627052881) q[2];
ry(pi*-0.173507504186) q[3];
ry(pi*0.305462452137) q[4];
ry(pi*0.004867246756) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
