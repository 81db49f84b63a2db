// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.00321371458) q[0];
rz(pi*-0.000665826569) q[1];
rz(pi*-0.000506828977) q[2];
rz(pi*0.001721564892) q[3];
rz(pi*0.0006832812) q[4];
rz(pi*0.001131186493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002081201032) q[0];
rz(pi*-0.000412572997) q[1];
rz(pi*0.002495471571) q[2];
rz(pi*0.004753739032) q[3];
rz(pi*-0.00400773) q[4];
rz(pi*0.004818969118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004284054434) q[0];
rz(pi*0.002486991346) q[1];
rz(pi*0.000841788428) q[2];
rz(pi*-0.000999247337) q[3];
rz(pi*0.004641024013) q[4];
rz(pi*0.006239696193) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005734782167) q[0];
rz(pi*0.004186105252) q[1];
rz(pi*0.001137577196) q[2];
rz(pi*-0.003846197805) q[3];
rz(pi*-1.4178038e-05) q[4];
rz(pi*0.002089624636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004100981944) q[0];
rz(pi*0.001257712635) q[1];
rz(pi*0.001368298704) q[2];
rz(pi*0.00221557285) q[3];
rz(pi*-0.003769164595) q[4];
rz(pi*-0.002106264773) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
