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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.094101745493) q[0];
rx(pi*-0.003519255859) q[1];
rx(pi*0.003928322233) q[2];
rx(pi*-0.000202046886) q[3];
rx(pi*-0.001150411667) q[4];
rx(pi*0.006156769278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.11270757922) q[0];
rx(pi*-0.009882948741) q[1];
rx(pi*0.000674047179) q[2];
rx(pi*0.007519488659) q[3];
rx(pi*0.002258643507) q[4];
rx(pi*0.003321719614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088211210112) q[0];
rx(pi*-0.007333967203) q[1];
rx(pi*0.004174330587) q[2];
rx(pi*-0.000932404494) q[3];
rx(pi*0.004557153796) q[4];
rx(pi*0.001895421666) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115104634109) q[0];
rx(pi*-0.000141451617) q[1];
rx(pi*-0.001197743633) q[2];
rx(pi*-0.001080079173) q[3];
rx(pi*0.000755163087) q[4];
rx(pi*0.001118597185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.089835201423) q[0];
rx(pi*-0.001548553295) q[1];
rx(pi*0.00115530508) q[2];
rx(pi*-9.9192573e-05) q[3];
rx(pi*0.002407874099) q[4];
rx(pi*-0.00082943339) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
