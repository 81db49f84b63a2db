// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000771787586) q[0];
ry(pi*-0.053795134342) q[1];
ry(pi*-0.010652832605) q[2];
ry(pi*-0.325960874365) q[3];
ry(pi*-0.153369488274) q[4];
ry(pi*-0.008133641245) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099730940761) q[0];
ry(pi*0.000204451571) q[1];
ry(pi*-0.005896690852) q[2];
ry(pi*0.006275241043) q[3];
ry(pi*0.08889440927) q[4];
ry(pi*0.007487061269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03587337252) q[0];
ry(pi*-0.451684090526) q[1];
ry(pi*-0.190798830062) q[2];
ry(pi*0.021905571634) q[3];
ry(pi*0.000748357429) q[4];
ry(pi*-0.004396375471) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.108182759136) q[0];
ry(pi*0.074592932299) q[1];
ry(pi*-0.009752458926) q[2];
ry(pi*-0.493239416782) q[3];
ry(pi*0.476912456699) q[4];
ry(pi*-0.002498209872) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099155374001) q[0];
ry(pi*0.096990991403) q[1];
ry(pi*0.080826314717) q[2];
ry(pi*-0.015234547216) q[3];
ry(pi*0.020357063399) q[4];
ry(pi*0.002712395) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
