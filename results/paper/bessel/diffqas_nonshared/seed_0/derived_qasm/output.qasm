// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.204983880766) q[0];
ry(pi*-0.169793038615) q[1];
ry(pi*-0.020003048528) q[2];
ry(pi*0.278291181736) q[3];
ry(pi*-0.11633807141) q[4];
ry(pi*0.158650732836) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025341450864) q[0];
ry(pi*0.217510447704) q[1];
ry(pi*0.01761192618) q[2];
ry(pi*-0.068496808224) q[3];
ry(pi*-0.242235789418) q[4];
ry(pi*0.148697325831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.248671041872) q[0];
ry(pi*0.451968681741) q[1];
ry(pi*-0.430326923792) q[2];
ry(pi*-0.342133358336) q[3];
ry(pi*-0.240457094322) q[4];
ry(pi*0.375040223174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.134471341423) q[0];
ry(pi*-0.01976789555) q[1];
ry(pi*-0.019147324247) q[2];
ry(pi*-0.250457724495) q[3];
ry(pi*-0.160801796565) q[4];
ry(pi*-0.356637720384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077609077432) q[0];
ry(pi*-0.075338096451) q[1];
ry(pi*-0.035817315165) q[2];
ry(pi*-0.038798552814) q[3];
ry(pi*-0.175071275997) q[4];
ry(pi*0.003707852975) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
