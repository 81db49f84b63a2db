// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rz(pi*-0.006542747892) q[0];
rz(pi*0.001635067098) q[1];
rz(pi*-0.002074878512) q[2];
rz(pi*-0.004702094324) q[3];
rz(pi*-0.007229643772) q[4];
rz(pi*0.004045299598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000280076776) q[0];
rz(pi*0.000185030647) q[1];
rz(pi*0.001774615807) q[2];
rz(pi*-0.000421186661) q[3];
rz(pi*-0.004889746063) q[4];
rz(pi*0.002001134555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003029261231) q[0];
rz(pi*0.001484172092) q[1];
rz(pi*0.004743950873) q[2];
rz(pi*0.005920080693) q[3];
rz(pi*-0.002707355956) q[4];
rz(pi*-0.001576965281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002670767605) q[0];
rz(pi*0.000406137048) q[1];
rz(pi*0.000517591972) q[2];
rz(pi*0.00282735236) q[3];
rz(pi*0.002208801951) q[4];
rz(pi*-0.001560734244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000247661133) q[0];
rz(pi*-0.002418908827) q[1];
rz(pi*-0.000770216702) q[2];
rz(pi*-0.003690536193) q[3];
rz(pi*-0.006408472421) q[4];
rz(pi*-0.00172830422) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
