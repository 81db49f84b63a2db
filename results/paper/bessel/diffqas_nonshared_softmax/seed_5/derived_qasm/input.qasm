// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.001895366674) q[0];
rz(pi*0.00620097993) q[1];
rz(pi*-0.004704981146) q[2];
rz(pi*0.000442882258) q[3];
rz(pi*-0.001280979893) q[4];
rz(pi*0.004872476416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001556247337) q[0];
rz(pi*0.002354462256) q[1];
rz(pi*-0.002424532912) q[2];
rz(pi*0.005308692199) q[3];
rz(pi*0.008200495279) q[4];
rz(pi*-0.003461268027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003536360977) q[0];
rz(pi*0.000172864966) q[1];
rz(pi*-0.002472441768) q[2];
rz(pi*-0.001131322193) q[3];
rz(pi*0.001334163618) q[4];
rz(pi*0.002362934774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001216281193) q[0];
rz(pi*0.003188620453) q[1];
rz(pi*0.007152294251) q[2];
rz(pi*-0.000232877953) q[3];
rz(pi*0.003404558485) q[4];
rz(pi*0.001898236451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001063416728) q[0];
rz(pi*-0.003962440273) q[1];
rz(pi*0.001920525279) q[2];
rz(pi*-0.001470898135) q[3];
rz(pi*-0.000813389189) q[4];
rz(pi*0.002593190708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
