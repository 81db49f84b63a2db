// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.001551011748) q[0];
rz(pi*0.175394324972) q[1];
rz(pi*-0.037302404619) q[2];
rz(pi*-0.114369990346) q[3];
rz(pi*0.028029585649) q[4];
rz(pi*0.00830434795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00183047795) q[0];
rz(pi*-0.152646228159) q[1];
rz(pi*0.051172237351) q[2];
rz(pi*0.020821708362) q[3];
rz(pi*0.00926056139) q[4];
rz(pi*0.027738389545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008793647998) q[0];
rz(pi*0.040280903078) q[1];
rz(pi*-0.099727279021) q[2];
rz(pi*-0.021114144809) q[3];
rz(pi*0.077042162244) q[4];
rz(pi*0.022814121975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.04985176257) q[0];
rz(pi*0.032392646457) q[1];
rz(pi*0.036330373837) q[2];
rz(pi*-0.022369225271) q[3];
rz(pi*0.002991775824) q[4];
rz(pi*0.029899653498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025405782709) q[0];
rz(pi*0.133917137977) q[1];
rz(pi*-0.028211150101) q[2];
rz(pi*-0.056364869695) q[3];
rz(pi*-0.112536900382) q[4];
rz(pi*0.000700912071) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
