// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rz(pi*0.0006359187) q[0];
rz(pi*0.002643197535) q[1];
rz(pi*-0.000611304228) q[2];
rz(pi*-0.001509761586) q[3];
rz(pi*-0.001391640519) q[4];
rz(pi*0.001930894775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001001908265) q[0];
rz(pi*-0.004532195443) q[1];
rz(pi*-0.001332983454) q[2];
rz(pi*-0.003396571847) q[3];
rz(pi*0.004744694368) q[4];
rz(pi*2.142168e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00469064427) q[0];
rz(pi*0.000825291031) q[1];
rz(pi*0.002265536099) q[2];
rz(pi*0.001186326411) q[3];
rz(pi*-0.001160299878) q[4];
rz(pi*0.000455589811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000867984901) q[0];
rz(pi*0.00316614338) q[1];
rz(pi*0.001137798496) q[2];
rz(pi*0.007177819118) q[3];
rz(pi*-0.000697277974) q[4];
rz(pi*0.004833951066) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*4.2528266e-05) q[0];
rz(pi*-0.005421507121) q[1];
rz(pi*-0.003735459509) q[2];
rz(pi*-0.005780953534) q[3];
rz(pi*-0.005463386497) q[4];
rz(pi*0.003798875918) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
