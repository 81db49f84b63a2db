// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.002200453052) q[0];
ry(pi*-0.000794886388) q[1];
ry(pi*-0.000743609573) q[2];
ry(pi*-0.001367048726) q[3];
ry(pi*-0.000247373299) q[4];
ry(pi*-0.000243277705) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.0364289e-05) q[0];
ry(pi*0.001108037147) q[1];
ry(pi*-0.000666624684) q[2];
ry(pi*0.000420744396) q[3];
ry(pi*2.2573927e-05) q[4];
ry(pi*-7.9490921e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.0440819e-05) q[0];
ry(pi*3.9249103e-05) q[1];
ry(pi*-3.4934243e-05) q[2];
ry(pi*-0.000203921964) q[3];
ry(pi*0.000175079441) q[4];
ry(pi*0.000234386231) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002589213546) q[0];
ry(pi*-0.000248943331) q[1];
ry(pi*0.001298651822) q[2];
ry(pi*1.7710103e-05) q[3];
ry(pi*-0.000195701428) q[4];
ry(pi*0.000279903409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.300476e-06) q[0];
ry(pi*-0.000108666598) q[1];
ry(pi*-0.02411332119) q[2];
ry(pi*0.140411186976) q[3];
ry(pi*0.020864292694) q[4];
ry(pi*0.002043275547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
