// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-2.3464421e-05) q[0];
rx(pi*-0.071056554424) q[1];
rx(pi*-0.003092519039) q[2];
rx(pi*-0.000504247164) q[3];
rx(pi*-0.000644405522) q[4];
rx(pi*0.004680540393) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.314185495426) q[0];
rx(pi*4.7617224e-05) q[1];
rx(pi*0.000140954147) q[2];
rx(pi*0.001416298273) q[3];
rx(pi*-0.059082360063) q[4];
rx(pi*0.000798224405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000215507495) q[0];
rx(pi*-4.602005e-06) q[1];
rx(pi*-0.039525007465) q[2];
rx(pi*-0.006930608366) q[3];
rx(pi*-0.000942767246) q[4];
rx(pi*0.000137987831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000789228655) q[0];
rx(pi*0.202178190837) q[1];
rx(pi*0.215828949994) q[2];
rx(pi*0.210941323542) q[3];
rx(pi*-0.049147171639) q[4];
rx(pi*0.000875079523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.25044e-05) q[0];
rx(pi*-0.153528043526) q[1];
rx(pi*0.001751298893) q[2];
rx(pi*0.003060487112) q[3];
rx(pi*0.000760299365) q[4];
rx(pi*-0.001016854714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
