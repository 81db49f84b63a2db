// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rz(pi*0.000308873776) q[0];
rz(pi*0.002446595105) q[1];
rz(pi*0.003318096709) q[2];
rz(pi*-0.000473075384) q[3];
rz(pi*0.000775695676) q[4];
rz(pi*0.00214865923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003170068367) q[0];
rz(pi*0.000317458018) q[1];
rz(pi*-0.002190910501) q[2];
rz(pi*0.001892499121) q[3];
rz(pi*0.00268361008) q[4];
rz(pi*0.000542427633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001835977972) q[0];
rz(pi*0.004934601493) q[1];
rz(pi*-0.001430211078) q[2];
rz(pi*-0.00203059271) q[3];
rz(pi*-0.003193604357) q[4];
rz(pi*0.001165932709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002984214888) q[0];
rz(pi*-0.001428925378) q[1];
rz(pi*0.005610025678) q[2];
rz(pi*-0.001652707306) q[3];
rz(pi*0.000937301909) q[4];
rz(pi*-0.000228390694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004327055573) q[0];
rz(pi*-0.001788460577) q[1];
rz(pi*0.005132636958) q[2];
rz(pi*-0.00040130274) q[3];
rz(pi*-0.00394176561) q[4];
rz(pi*-0.001599116409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
