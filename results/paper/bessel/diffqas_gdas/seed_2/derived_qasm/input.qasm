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
rz(pi*-0.006542621012) q[0];
rz(pi*0.001635205984) q[1];
rz(pi*-0.002074743332) q[2];
rz(pi*-0.004701988491) q[3];
rz(pi*-0.007229547129) q[4];
rz(pi*0.004045395647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000280169231) q[0];
rz(pi*0.000185150227) q[1];
rz(pi*0.001774706966) q[2];
rz(pi*-0.000421009718) q[3];
rz(pi*-0.004889593096) q[4];
rz(pi*0.002001155454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003029315777) q[0];
rz(pi*0.00148422323) q[1];
rz(pi*0.004744023207) q[2];
rz(pi*0.005920160141) q[3];
rz(pi*-0.002707291627) q[4];
rz(pi*-0.001576891614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002670859505) q[0];
rz(pi*0.000406189742) q[1];
rz(pi*0.000517670457) q[2];
rz(pi*0.00282743507) q[3];
rz(pi*0.002208882881) q[4];
rz(pi*-0.001560661169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000247722034) q[0];
rz(pi*-0.002418849685) q[1];
rz(pi*-0.000770163193) q[2];
rz(pi*-0.003690478089) q[3];
rz(pi*-0.00640843744) q[4];
rz(pi*-0.00172831919) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
