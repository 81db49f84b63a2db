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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000793455279) q[0];
rz(pi*0.00109681321) q[1];
rz(pi*0.005836691909) q[2];
rz(pi*-0.005249168167) q[3];
rz(pi*0.001834319339) q[4];
rz(pi*-0.001480343303) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-7.7467035e-05) q[0];
rz(pi*-0.002155742142) q[1];
rz(pi*0.000404274161) q[2];
rz(pi*0.003968829642) q[3];
rz(pi*0.003870066707) q[4];
rz(pi*0.000816670882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002650479513) q[0];
rz(pi*-0.00378441068) q[1];
rz(pi*-0.009312134061) q[2];
rz(pi*0.003352250323) q[3];
rz(pi*0.006515601448) q[4];
rz(pi*0.001518526402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00194118334) q[0];
rz(pi*0.000179706957) q[1];
rz(pi*0.003924588159) q[2];
rz(pi*-0.003703583514) q[3];
rz(pi*0.00025793356) q[4];
rz(pi*0.00198379124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003256564531) q[0];
rz(pi*0.006702192492) q[1];
rz(pi*0.002623451648) q[2];
rz(pi*0.005327489449) q[3];
rz(pi*-0.003419631147) q[4];
rz(pi*0.000715388722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
