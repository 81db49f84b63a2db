// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.136495314956) q[0];
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
ry(pi*0.331668939345) q[0];
ry(pi*0.661570149842) q[1];
ry(pi*1.005004810996) q[2];
ry(pi*-0.166560215217) q[3];
ry(pi*-0.318700307386) q[4];
ry(pi*0.262458442758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.187080190486) q[0];
ry(pi*0.813751242118) q[1];
ry(pi*0.520918189211) q[2];
ry(pi*-0.500155552499) q[3];
ry(pi*-0.505019709662) q[4];
ry(pi*-0.290501643724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.704422604912) q[0];
ry(pi*-0.259131286858) q[1];
ry(pi*-0.224942661131) q[2];
ry(pi*0.080214671277) q[3];
ry(pi*-0.537935567583) q[4];
ry(pi*0.140207116102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.431888001473) q[0];
ry(pi*-0.422111230749) q[1];
ry(pi*-0.460094292179) q[2];
ry(pi*-0.085030296152) q[3];
ry(pi*0.01900639942) q[4];
ry(pi*0.000238278794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.130252912242) q[0];
ry(pi*-0.543399377409) q[1];
ry(pi*-0.198590064793) q[2];
ry(pi*-0.423947261489) q[3];
ry(pi*0.466326915687) q[4];
ry(pi*-0.092147220458) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
