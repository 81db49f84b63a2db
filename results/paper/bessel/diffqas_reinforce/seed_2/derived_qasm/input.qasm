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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000636016529) q[0];
rz(pi*0.002643263347) q[1];
rz(pi*-0.000611222927) q[2];
rz(pi*-0.001509688956) q[3];
rz(pi*-0.001391580488) q[4];
rz(pi*0.001930954213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001001873136) q[0];
rz(pi*-0.004532160166) q[1];
rz(pi*-0.00133291364) q[2];
rz(pi*-0.00339654991) q[3];
rz(pi*0.004744733203) q[4];
rz(pi*2.1434821e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004690625001) q[0];
rz(pi*0.000825344244) q[1];
rz(pi*0.002265628591) q[2];
rz(pi*0.001186403192) q[3];
rz(pi*-0.00116021413) q[4];
rz(pi*0.000455765828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000868148097) q[0];
rz(pi*0.003166283304) q[1];
rz(pi*0.001137951463) q[2];
rz(pi*0.007177957857) q[3];
rz(pi*-0.000697128194) q[4];
rz(pi*0.004834094844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*4.2593976e-05) q[0];
rz(pi*-0.005421463247) q[1];
rz(pi*-0.003735447058) q[2];
rz(pi*-0.005780961242) q[3];
rz(pi*-0.00546338709) q[4];
rz(pi*0.003798873843) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
