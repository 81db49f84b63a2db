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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000519393198) q[0];
ry(pi*-2.4750723e-05) q[1];
ry(pi*0.002391463265) q[2];
ry(pi*-0.003096272679) q[3];
ry(pi*-0.000204669035) q[4];
ry(pi*4.393745e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001614509977) q[0];
ry(pi*-0.002127065723) q[1];
ry(pi*-0.00860416776) q[2];
ry(pi*-0.000176613047) q[3];
ry(pi*-0.000746147548) q[4];
ry(pi*6.272011e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.7757134e-05) q[0];
ry(pi*-3.540859e-06) q[1];
ry(pi*-1.639237e-06) q[2];
ry(pi*-2.903965e-06) q[3];
ry(pi*1.78073e-06) q[4];
ry(pi*0.000115067732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.105744372116) q[0];
ry(pi*2.6442635e-05) q[1];
ry(pi*9.912482e-06) q[2];
ry(pi*3.9090063e-05) q[3];
ry(pi*0.009379649177) q[4];
ry(pi*0.004608157878) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007870894777) q[0];
ry(pi*0.000506275988) q[1];
ry(pi*0.126356583398) q[2];
ry(pi*-0.000639277321) q[3];
ry(pi*0.019380403266) q[4];
ry(pi*0.002938584837) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
