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
ry(pi*-0.000138870378) q[0];
ry(pi*-1.4265989e-05) q[1];
ry(pi*1.421358e-06) q[2];
ry(pi*3.02945e-07) q[3];
ry(pi*-2.071064e-06) q[4];
ry(pi*-0.002252657012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.5008001e-05) q[0];
ry(pi*2.5008986e-05) q[1];
ry(pi*-4.85e-10) q[2];
ry(pi*-6.4016e-08) q[3];
ry(pi*-0.0002467142) q[4];
ry(pi*0.033346873688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.2555e-07) q[0];
ry(pi*3.4e-11) q[1];
ry(pi*-6.16e-09) q[2];
ry(pi*1.736e-09) q[3];
ry(pi*3.9383404e-05) q[4];
ry(pi*2.14525e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.1999192e-05) q[0];
ry(pi*0.000332769321) q[1];
ry(pi*1.1204585e-05) q[2];
ry(pi*1.19914e-07) q[3];
ry(pi*6.3e-11) q[4];
ry(pi*-1.22e-10) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.5508e-08) q[0];
ry(pi*-2.376146e-06) q[1];
ry(pi*0.009582147685) q[2];
ry(pi*0.075810589016) q[3];
ry(pi*-0.224777863845) q[4];
ry(pi*-0.001007904024) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
