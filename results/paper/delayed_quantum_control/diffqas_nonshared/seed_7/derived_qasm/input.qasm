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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000566990745) q[0];
rz(pi*-0.002353467373) q[1];
rz(pi*0.005086097401) q[2];
rz(pi*0.004479259106) q[3];
rz(pi*0.000681332047) q[4];
rz(pi*-0.004239496936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004449015953) q[0];
rz(pi*-0.002158883466) q[1];
rz(pi*0.003923811462) q[2];
rz(pi*0.002834005273) q[3];
rz(pi*0.003298388767) q[4];
rz(pi*0.003883684397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002143775378) q[0];
rz(pi*0.000962496088) q[1];
rz(pi*-0.001424223842) q[2];
rz(pi*-3.55017e-05) q[3];
rz(pi*0.002263530916) q[4];
rz(pi*0.002141665104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002184694851) q[0];
rz(pi*0.000257610356) q[1];
rz(pi*-0.001982426388) q[2];
rz(pi*0.004756714196) q[3];
rz(pi*0.001477555346) q[4];
rz(pi*0.000104768106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000152562764) q[0];
rz(pi*0.000881735178) q[1];
rz(pi*-0.003828561154) q[2];
rz(pi*-0.000416470229) q[3];
rz(pi*-0.003372531597) q[4];
rz(pi*0.006479582872) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
