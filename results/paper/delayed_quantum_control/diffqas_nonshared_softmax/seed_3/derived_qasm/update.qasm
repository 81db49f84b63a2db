// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.000458057751) q[0];
ry(pi*0.004200960321) q[1];
ry(pi*0.001082817622) q[2];
ry(pi*6.2785005e-05) q[3];
ry(pi*0.003860560471) q[4];
ry(pi*0.001353806341) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00202868506) q[0];
ry(pi*-0.497941508734) q[1];
ry(pi*0.000368208747) q[2];
ry(pi*0.504583412356) q[3];
ry(pi*-0.001177441237) q[4];
ry(pi*-0.5033995129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004631827863) q[0];
ry(pi*0.001393802375) q[1];
ry(pi*-0.038214588241) q[2];
ry(pi*0.339548397353) q[3];
ry(pi*-0.000558375154) q[4];
ry(pi*-0.006710332987) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002487077909) q[0];
ry(pi*0.000436383165) q[1];
ry(pi*0.00028768646) q[2];
ry(pi*-0.000136842258) q[3];
ry(pi*-0.005625720291) q[4];
ry(pi*0.52492257734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00735236484) q[0];
ry(pi*0.068792360944) q[1];
ry(pi*0.499914067367) q[2];
ry(pi*0.001061428443) q[3];
ry(pi*0.000454525559) q[4];
ry(pi*-0.000678814823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
