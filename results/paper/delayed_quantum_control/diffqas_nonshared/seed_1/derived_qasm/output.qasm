// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
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
ry(pi*-0.500311963831) q[0];
ry(pi*0.499750484336) q[1];
ry(pi*0.498584760772) q[2];
ry(pi*0.000167547112) q[3];
ry(pi*0.000368370534) q[4];
ry(pi*-0.500826201185) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004696144589) q[0];
ry(pi*-0.0007316769) q[1];
ry(pi*0.000244665866) q[2];
ry(pi*-0.499993449343) q[3];
ry(pi*7.5570325e-05) q[4];
ry(pi*-0.001693442092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009416063809) q[0];
ry(pi*0.000857320883) q[1];
ry(pi*0.298498618932) q[2];
ry(pi*-0.483194826752) q[3];
ry(pi*0.007663670277) q[4];
ry(pi*0.500477823592) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010413261348) q[0];
ry(pi*-0.504650424101) q[1];
ry(pi*-0.29318218941) q[2];
ry(pi*-0.536347017364) q[3];
ry(pi*-0.518259196567) q[4];
ry(pi*0.088331411955) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000154023452) q[0];
ry(pi*0.020921924787) q[1];
ry(pi*0.688887111972) q[2];
ry(pi*0.501917323905) q[3];
ry(pi*0.002105159166) q[4];
ry(pi*0.002119339813) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
