// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.143787624587) q[0];
ry(pi*0.354301795688) q[1];
ry(pi*0.303585535126) q[2];
ry(pi*-0.00651944165) q[3];
ry(pi*0.0231752872) q[4];
ry(pi*0.000131815907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001892469328) q[0];
ry(pi*0.003321902523) q[1];
ry(pi*0.033031401954) q[2];
ry(pi*4.8518059e-05) q[3];
ry(pi*-0.000210026019) q[4];
ry(pi*-0.499397591229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.038164756319) q[0];
ry(pi*0.126795641238) q[1];
ry(pi*0.010774953067) q[2];
ry(pi*0.53869903095) q[3];
ry(pi*-0.000363250597) q[4];
ry(pi*-2.6160455e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014845760042) q[0];
ry(pi*-0.000740418001) q[1];
ry(pi*0.01060689484) q[2];
ry(pi*0.000330510193) q[3];
ry(pi*-0.00026236453) q[4];
ry(pi*-0.460445098283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001088923363) q[0];
ry(pi*-0.000226924364) q[1];
ry(pi*0.185232187943) q[2];
ry(pi*-0.499068224329) q[3];
ry(pi*0.023293425757) q[4];
ry(pi*-0.005810602009) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
