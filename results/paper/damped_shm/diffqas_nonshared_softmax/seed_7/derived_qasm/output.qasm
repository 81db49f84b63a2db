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
ry(0) q[0];
ry(pi*0.000633517536) q[1];
ry(pi*0.001273738826) q[2];
ry(pi*-0.000709828818) q[3];
ry(pi*0.002116428978) q[4];
ry(pi*0.00382051908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-3.3e-11) q[1];
ry(pi*5.0e-11) q[2];
ry(pi*1.7072e-08) q[3];
ry(pi*0.002104752289) q[4];
ry(pi*-0.001095573608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.14e-10) q[1];
ry(pi*8.540889e-06) q[2];
ry(pi*-2.7789434e-05) q[3];
ry(pi*7.9260099e-05) q[4];
ry(pi*0.007631183004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.181e-09) q[1];
ry(pi*7.04e-10) q[2];
ry(pi*1.81005e-07) q[3];
ry(pi*-0.00208053832) q[4];
ry(pi*0.004820889812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-0.000694448441) q[1];
ry(pi*-0.001273767137) q[2];
ry(pi*0.000710609146) q[3];
ry(pi*-0.002146262142) q[4];
ry(pi*0.001343168114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
