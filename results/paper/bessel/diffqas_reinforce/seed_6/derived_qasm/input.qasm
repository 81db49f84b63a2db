// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
rz(pi*0.000977854082) q[0];
rz(pi*0.000663548876) q[1];
rz(pi*0.002850442491) q[2];
rz(pi*-0.000487113698) q[3];
rz(pi*0.003455720277) q[4];
rz(pi*-0.001673982278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000716124805) q[0];
rz(pi*-0.002166071914) q[1];
rz(pi*0.001902479231) q[2];
rz(pi*0.000114280067) q[3];
rz(pi*-0.002744628809) q[4];
rz(pi*0.006372216093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001157681194) q[0];
rz(pi*-0.000370139965) q[1];
rz(pi*0.001254705158) q[2];
rz(pi*0.005562980379) q[3];
rz(pi*-0.000472296131) q[4];
rz(pi*0.002238315986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000314519057) q[0];
rz(pi*-0.004659376293) q[1];
rz(pi*0.002520973316) q[2];
rz(pi*0.003248809124) q[3];
rz(pi*-0.000763878693) q[4];
rz(pi*-4.9134076e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004778857172) q[0];
rz(pi*-0.004847728839) q[1];
rz(pi*-0.001246269696) q[2];
rz(pi*0.001992381744) q[3];
rz(pi*-0.001494714714) q[4];
rz(pi*0.000929535385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
