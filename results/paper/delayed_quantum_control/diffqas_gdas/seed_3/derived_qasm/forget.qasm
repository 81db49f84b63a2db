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
rx(pi*-2.18611e-07) q[0];
rx(pi*0.001824328705) q[1];
rx(pi*-0.059366453244) q[2];
rx(pi*-0.122210734463) q[3];
rx(pi*-0.048673265604) q[4];
rx(pi*0.004023944288) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.453696036583) q[0];
rx(pi*2.378508e-06) q[1];
rx(pi*0.326396792216) q[2];
rx(pi*-0.250031881173) q[3];
rx(pi*0.164911179879) q[4];
rx(pi*-0.001194334467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.908459e-06) q[0];
rx(pi*1.9207e-08) q[1];
rx(pi*0.056503408698) q[2];
rx(pi*0.250044403186) q[3];
rx(pi*-0.047252211545) q[4];
rx(pi*0.003703862769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.008106e-06) q[0];
rx(pi*-0.500021301337) q[1];
rx(pi*0.601489339445) q[2];
rx(pi*0.249927834625) q[3];
rx(pi*0.160574673802) q[4];
rx(pi*-0.010606504713) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.407e-09) q[0];
rx(pi*0.499998799658) q[1];
rx(pi*-0.056160286556) q[2];
rx(pi*-0.128037417061) q[3];
rx(pi*-0.04524842377) q[4];
rx(pi*-0.00281770709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
