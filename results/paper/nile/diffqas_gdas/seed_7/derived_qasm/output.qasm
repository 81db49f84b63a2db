// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-0.00095445898) q[2];
rx(pi*0.003353166647) q[3];
rx(pi*-1.7209334e-05) q[4];
rx(pi*0.001856973244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.264e-09) q[0];
rx(0) q[1];
rx(pi*-3.312e-09) q[2];
rx(pi*-0.006522099614) q[3];
rx(pi*-0.00096917694) q[4];
rx(pi*-0.002864551693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-1.611e-09) q[2];
rx(pi*-0.001999394843) q[3];
rx(pi*0.000653797847) q[4];
rx(pi*0.001569308295) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*1.372e-09) q[2];
rx(pi*0.001666047223) q[3];
rx(pi*-0.003290304894) q[4];
rx(pi*-0.000252043356) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*0.000954459128) q[2];
rx(pi*-0.002726791165) q[3];
rx(pi*0.003094156921) q[4];
rx(pi*0.000613529265) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
