// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*-2.48e-10) q[0];
rx(pi*0.093907407638) q[1];
rx(pi*0.002411252878) q[2];
rx(pi*0.001417977065) q[3];
rx(pi*-0.003205842372) q[4];
rx(pi*0.002642381114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.39e-10) q[0];
rx(pi*-0.499963206783) q[1];
rx(pi*8.5631607e-05) q[2];
rx(pi*1.718241e-06) q[3];
rx(pi*-0.001611501908) q[4];
rx(pi*-0.002318634446) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.524435e-06) q[0];
rx(pi*0.500348163834) q[1];
rx(pi*0.492127310203) q[2];
rx(pi*0.499998382257) q[3];
rx(pi*0.002610620141) q[4];
rx(pi*0.00175027229) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.592e-09) q[0];
rx(pi*0.499999558568) q[1];
rx(pi*-0.499963472402) q[2];
rx(pi*-3.04939e-07) q[3];
rx(pi*0.001576722045) q[4];
rx(pi*-0.003213448369) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.999999951937) q[0];
rx(pi*-0.272012074996) q[1];
rx(pi*-0.001903404746) q[2];
rx(pi*-0.001417060296) q[3];
rx(pi*0.000846005714) q[4];
rx(pi*-0.00294977194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
