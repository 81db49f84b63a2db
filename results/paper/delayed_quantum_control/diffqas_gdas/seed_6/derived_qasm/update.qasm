// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006412812437) q[0];
ry(pi*-0.009120064043) q[1];
ry(pi*-0.189058194297) q[2];
ry(pi*-0.004140046832) q[3];
ry(pi*0.499477808006) q[4];
ry(pi*-0.024361842841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.497046716008) q[0];
ry(pi*-0.015911609876) q[1];
ry(pi*-0.020146695944) q[2];
ry(pi*0.010241057575) q[3];
ry(pi*0.00190800371) q[4];
ry(pi*-0.00157464112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001198388336) q[0];
ry(pi*-0.014217859329) q[1];
ry(pi*0.057227048268) q[2];
ry(pi*-0.024770660493) q[3];
ry(pi*-0.486447704345) q[4];
ry(pi*-0.035024240082) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003304616868) q[0];
ry(pi*0.008330684495) q[1];
ry(pi*-0.024659570312) q[2];
ry(pi*-0.004606263864) q[3];
ry(pi*-0.003015532669) q[4];
ry(pi*0.000611780844) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.1814388e-05) q[0];
ry(pi*-0.009602581927) q[1];
ry(pi*-0.136605728107) q[2];
ry(pi*-0.019616912796) q[3];
ry(pi*0.013557586365) q[4];
ry(pi*0.00060702139) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
