// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*-0.001582541194) q[0];
rz(pi*0.008228105963) q[1];
rz(pi*0.005311592065) q[2];
rz(pi*-0.003715723108) q[3];
rz(pi*0.003152313432) q[4];
rz(pi*0.002035351016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004794656727) q[0];
rz(pi*0.002037106736) q[1];
rz(pi*-0.000192405803) q[2];
rz(pi*0.001206241793) q[3];
rz(pi*-0.002624579933) q[4];
rz(pi*-0.000103352904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001408428585) q[0];
rz(pi*-0.000487298201) q[1];
rz(pi*-0.00184738252) q[2];
rz(pi*-0.000414443443) q[3];
rz(pi*-0.003034736054) q[4];
rz(pi*0.001179070521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008073521944) q[0];
rz(pi*0.004891581084) q[1];
rz(pi*0.000288701835) q[2];
rz(pi*0.001596451034) q[3];
rz(pi*0.002809219749) q[4];
rz(pi*-0.003876193719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007345274368) q[0];
rz(pi*-0.003486314722) q[1];
rz(pi*0.001572729467) q[2];
rz(pi*0.001119971153) q[3];
rz(pi*0.00426807019) q[4];
rz(pi*4.9943767e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
