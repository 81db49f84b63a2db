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
ry(pi*0.00954357431) q[0];
ry(pi*0.363762935781) q[1];
ry(pi*-0.500538650221) q[2];
ry(pi*0.004654961868) q[3];
ry(pi*-0.001380589783) q[4];
ry(pi*-0.006551985249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001408756309) q[0];
ry(pi*-0.003781683941) q[1];
ry(pi*-0.496816993979) q[2];
ry(pi*0.002863057589) q[3];
ry(pi*0.000466047019) q[4];
ry(pi*-0.008902974307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000848380346) q[0];
ry(pi*0.032567648711) q[1];
ry(pi*-0.003840012689) q[2];
ry(pi*0.001397173892) q[3];
ry(pi*0.068776632536) q[4];
ry(pi*0.071574505693) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026734095605) q[0];
ry(pi*0.004816322419) q[1];
ry(pi*0.00038162448) q[2];
ry(pi*0.007986944553) q[3];
ry(pi*0.501693331645) q[4];
ry(pi*0.002290855379) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001100254837) q[0];
ry(pi*-0.022002107346) q[1];
ry(pi*-0.508029546357) q[2];
ry(pi*-0.499328909882) q[3];
ry(pi*0.027586038382) q[4];
ry(pi*0.002712440356) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
