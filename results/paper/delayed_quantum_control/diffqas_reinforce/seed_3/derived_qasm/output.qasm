// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.0134859761) q[0];
ry(pi*-0.012759853472) q[1];
ry(pi*0.000578375728) q[2];
ry(pi*0.003156506706) q[3];
ry(pi*0.275779588369) q[4];
ry(pi*0.041884493942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015245214644) q[0];
ry(pi*-0.024051154611) q[1];
ry(pi*0.004833384848) q[2];
ry(pi*-0.005534124015) q[3];
ry(pi*-0.004272730668) q[4];
ry(pi*-0.000985216101) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.219972996518) q[0];
ry(pi*0.378586950683) q[1];
ry(pi*0.01669959552) q[2];
ry(pi*-0.003051837022) q[3];
ry(pi*-0.003106738521) q[4];
ry(pi*0.010294413685) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.300613302417) q[0];
ry(pi*0.002663530688) q[1];
ry(pi*-0.012381287866) q[2];
ry(pi*0.03029206921) q[3];
ry(pi*0.173877472766) q[4];
ry(pi*-0.494175873663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.126788981804) q[0];
ry(pi*-0.005758855619) q[1];
ry(pi*-0.031906396278) q[2];
ry(pi*-0.033323020201) q[3];
ry(pi*0.167071777413) q[4];
ry(pi*-0.002151743783) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
