// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003842879353) q[0];
rz(pi*-0.001587999713) q[1];
rz(pi*0.00334434432) q[2];
rz(pi*0.000710618558) q[3];
rz(pi*-0.007217858731) q[4];
rz(pi*0.002757534724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000429878255) q[0];
rz(pi*-0.003377099879) q[1];
rz(pi*-0.000321711063) q[2];
rz(pi*-0.002216733597) q[3];
rz(pi*0.003331254013) q[4];
rz(pi*0.001576662755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004638127408) q[0];
rz(pi*-0.006248857066) q[1];
rz(pi*-0.002637663125) q[2];
rz(pi*-0.001735662088) q[3];
rz(pi*0.00369351106) q[4];
rz(pi*0.000774835825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004094269445) q[0];
rz(pi*-0.002249116223) q[1];
rz(pi*0.000800178969) q[2];
rz(pi*0.000187190205) q[3];
rz(pi*0.000654324341) q[4];
rz(pi*0.004603026343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003046308541) q[0];
rz(pi*0.001850627453) q[1];
rz(pi*0.006401536696) q[2];
rz(pi*-0.000224179411) q[3];
rz(pi*0.001090468605) q[4];
rz(pi*0.003343296668) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
