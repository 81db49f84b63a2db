// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.015377010021) q[0];
ry(pi*0.081913396242) q[1];
ry(pi*0.116409712505) q[2];
ry(pi*0.048930996152) q[3];
ry(pi*0.01572739754) q[4];
ry(pi*0.015991557478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029818545002) q[0];
ry(pi*0.29488647339) q[1];
ry(pi*-0.043979403081) q[2];
ry(pi*0.161333280146) q[3];
ry(pi*-0.022679315859) q[4];
ry(pi*-0.0090025338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015181837366) q[0];
ry(pi*0.106989695843) q[1];
ry(pi*-0.090182895998) q[2];
ry(pi*0.030981320675) q[3];
ry(pi*0.014117737768) q[4];
ry(pi*0.498312919243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019443616904) q[0];
ry(pi*0.256896316153) q[1];
ry(pi*0.457589130573) q[2];
ry(pi*-0.0004408896) q[3];
ry(pi*-0.438220952871) q[4];
ry(pi*0.277819348474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.191027888045) q[0];
ry(pi*-0.032425146774) q[1];
ry(pi*-0.026654182392) q[2];
ry(pi*0.00652123161) q[3];
ry(pi*0.02841335216) q[4];
ry(pi*-0.004707802453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
