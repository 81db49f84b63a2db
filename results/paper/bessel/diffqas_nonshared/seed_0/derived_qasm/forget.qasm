// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.096219882018) q[0];
rx(pi*0.01269386507) q[1];
rx(pi*0.001976561882) q[2];
rx(pi*0.053893863778) q[3];
rx(pi*0.007417186418) q[4];
rx(pi*0.001150896584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094468953538) q[0];
rx(pi*0.0695264877) q[1];
rx(pi*-0.057707386065) q[2];
rx(pi*0.061416102893) q[3];
rx(pi*0.007483486685) q[4];
rx(pi*0.000131439574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.147131979283) q[0];
rx(pi*-0.043228760548) q[1];
rx(pi*0.006099801231) q[2];
rx(pi*0.04910599129) q[3];
rx(pi*0.007389802814) q[4];
rx(pi*-0.001006845849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.096069892962) q[0];
rx(pi*0.01634422054) q[1];
rx(pi*-0.054718210693) q[2];
rx(pi*0.067208231375) q[3];
rx(pi*0.007350120719) q[4];
rx(pi*0.001118895487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.093836202916) q[0];
rx(pi*0.013354183094) q[1];
rx(pi*-0.0024285455) q[2];
rx(pi*0.05062616847) q[3];
rx(pi*0.00766535648) q[4];
rx(pi*0.000700917926) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
