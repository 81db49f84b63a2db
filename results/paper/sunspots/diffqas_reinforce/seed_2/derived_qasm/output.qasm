// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.5552282e-05) q[0];
ry(pi*-0.075426296012) q[1];
ry(pi*-0.499999672404) q[2];
ry(pi*0.00122231008) q[3];
ry(pi*5.2806206e-05) q[4];
ry(pi*0.001016626374) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.370095e-05) q[0];
ry(pi*0.007525009729) q[1];
ry(pi*0.008928313004) q[2];
ry(pi*3.105045e-06) q[3];
ry(pi*-0.498267232867) q[4];
ry(pi*0.010222950459) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*9.6922884e-05) q[0];
ry(pi*0.032411756758) q[1];
ry(pi*0.000234204897) q[2];
ry(pi*-0.346047094676) q[3];
ry(pi*-0.357948433686) q[4];
ry(pi*3.3676155e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020996025225) q[0];
ry(pi*-0.025766945562) q[1];
ry(pi*0.00604418855) q[2];
ry(pi*-0.385864441352) q[3];
ry(pi*0.006033261433) q[4];
ry(pi*0.015400416463) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499999786241) q[0];
ry(pi*-0.000602158215) q[1];
ry(pi*-0.144843363133) q[2];
ry(pi*-0.110709578133) q[3];
ry(pi*-2.035232e-06) q[4];
ry(pi*-0.005068110643) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
