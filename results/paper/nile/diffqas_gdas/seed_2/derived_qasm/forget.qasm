// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
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
rz(pi*0.00075500545) q[0];
rz(pi*0.000586104788) q[1];
rz(pi*-0.002252551032) q[2];
rz(pi*-0.001401526803) q[3];
rz(pi*-0.004457627209) q[4];
rz(pi*-0.002711884811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.762722e-05) q[0];
rz(pi*0.001039896227) q[1];
rz(pi*-0.002859584094) q[2];
rz(pi*0.009728623226) q[3];
rz(pi*-0.001815502375) q[4];
rz(pi*0.000405209458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000733951481) q[0];
rz(pi*-0.001272510933) q[1];
rz(pi*0.004141379667) q[2];
rz(pi*-0.001524117582) q[3];
rz(pi*0.004247515886) q[4];
rz(pi*0.003634651372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003328434188) q[0];
rz(pi*0.003295986343) q[1];
rz(pi*-0.002070216256) q[2];
rz(pi*0.008710409218) q[3];
rz(pi*-0.001228178144) q[4];
rz(pi*-0.002995127182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006083170432) q[0];
rz(pi*-0.004115843831) q[1];
rz(pi*-0.00184828002) q[2];
rz(pi*-0.003176828001) q[3];
rz(pi*-0.003911029166) q[4];
rz(pi*-0.002213297454) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
