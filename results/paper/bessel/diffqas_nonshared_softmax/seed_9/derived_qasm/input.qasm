// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.004123144189) q[0];
rz(pi*0.002963863948) q[1];
rz(pi*0.007259670516) q[2];
rz(pi*0.000334247639) q[3];
rz(pi*0.001501351767) q[4];
rz(pi*-0.004312295072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003501195582) q[0];
rz(pi*-0.001340632732) q[1];
rz(pi*0.003903548271) q[2];
rz(pi*-0.003359234073) q[3];
rz(pi*0.001526848472) q[4];
rz(pi*-0.002702301794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002932224816) q[0];
rz(pi*-0.001541196464) q[1];
rz(pi*0.010304790592) q[2];
rz(pi*8.6542651e-05) q[3];
rz(pi*-0.004331304579) q[4];
rz(pi*0.003274563739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000609656082) q[0];
rz(pi*-0.002785456679) q[1];
rz(pi*0.00402682281) q[2];
rz(pi*-0.003397048537) q[3];
rz(pi*-0.003166077272) q[4];
rz(pi*-0.005207330887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.0862173e-05) q[0];
rz(pi*-0.001803027349) q[1];
rz(pi*0.00134056025) q[2];
rz(pi*0.006003221052) q[3];
rz(pi*-0.004269880309) q[4];
rz(pi*-0.000785582478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
