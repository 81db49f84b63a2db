// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
ry(pi*-7.70009e-06) q[0];
ry(pi*0.002341094473) q[1];
ry(pi*-0.001741925911) q[2];
ry(pi*-4.177432e-06) q[3];
ry(pi*0.002762854504) q[4];
ry(pi*0.002136766281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001479258299) q[0];
ry(pi*2.8360775e-05) q[1];
ry(pi*0.002252854003) q[2];
ry(pi*-0.002376535863) q[3];
ry(pi*1.8111607e-05) q[4];
ry(pi*0.000864155741) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001437670332) q[0];
ry(pi*0.002150453044) q[1];
ry(pi*2.0135926e-05) q[2];
ry(pi*0.002982841439) q[3];
ry(pi*-3.0885206e-05) q[4];
ry(pi*-0.002118366866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.6442461e-05) q[0];
ry(pi*0.001742223546) q[1];
ry(pi*-0.002150876373) q[2];
ry(pi*0.001957059676) q[3];
ry(pi*-0.002279892836) q[4];
ry(pi*0.002239965874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002169794574) q[0];
ry(pi*-1.6160785e-05) q[1];
ry(pi*0.003259628333) q[2];
ry(pi*-0.000858228166) q[3];
ry(pi*-0.000775269234) q[4];
ry(pi*0.003190467332) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
