// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.003589104623) q[0];
rz(pi*-0.002518751725) q[1];
rz(pi*0.001619408652) q[2];
rz(pi*0.000552212642) q[3];
rz(pi*0.000169776428) q[4];
rz(pi*0.005538823328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001204986035) q[0];
rz(pi*-0.000945093928) q[1];
rz(pi*0.004300756973) q[2];
rz(pi*-0.003263844137) q[3];
rz(pi*-0.004910237817) q[4];
rz(pi*0.004447768495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001363828398) q[0];
rz(pi*0.002208842416) q[1];
rz(pi*0.002331233536) q[2];
rz(pi*0.003184674122) q[3];
rz(pi*-0.001188705194) q[4];
rz(pi*7.8776914e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003216850123) q[0];
rz(pi*0.000773123016) q[1];
rz(pi*0.001074100237) q[2];
rz(pi*-0.00110265778) q[3];
rz(pi*0.002471824709) q[4];
rz(pi*0.009754959178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003309112816) q[0];
rz(pi*0.003007895249) q[1];
rz(pi*0.003376994936) q[2];
rz(pi*0.003777025538) q[3];
rz(pi*-0.002169174402) q[4];
rz(pi*0.004206176344) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
