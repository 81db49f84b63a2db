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
ry(pi*0.186975024546) q[0];
ry(pi*0.014673831374) q[1];
ry(pi*0.001650498315) q[2];
ry(pi*0.087321103654) q[3];
ry(pi*-0.149780774075) q[4];
ry(pi*0.017356084607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.218581269584) q[0];
ry(pi*-0.163499455668) q[1];
ry(pi*0.042412007476) q[2];
ry(pi*-0.00738163386) q[3];
ry(pi*-0.006272942376) q[4];
ry(pi*0.003306710392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021276919126) q[0];
ry(pi*-0.009487638499) q[1];
ry(pi*0.00751111397) q[2];
ry(pi*0.048021826826) q[3];
ry(pi*0.13801056521) q[4];
ry(pi*-0.006182498695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016195582106) q[0];
ry(pi*-0.360432649378) q[1];
ry(pi*-0.246935244158) q[2];
ry(pi*0.093163163665) q[3];
ry(pi*-0.057086517126) q[4];
ry(pi*-0.017147111649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108375873248) q[0];
ry(pi*-0.089538695322) q[1];
ry(pi*0.295584670505) q[2];
ry(pi*-0.228567461497) q[3];
ry(pi*0.265323156905) q[4];
ry(pi*0.001255792089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
