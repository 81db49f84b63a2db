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
ry(pi*2.5032009e-05) q[0];
ry(pi*0.176232882474) q[1];
ry(pi*0.000134392356) q[2];
ry(pi*-0.499603521432) q[3];
ry(pi*-0.001182553429) q[4];
ry(pi*-0.500117227549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007464552476) q[0];
ry(pi*0.020799232771) q[1];
ry(pi*-0.519500128103) q[2];
ry(pi*0.486041346034) q[3];
ry(pi*-0.324869182462) q[4];
ry(pi*0.655453032421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.551630666051) q[0];
ry(pi*0.517831057543) q[1];
ry(pi*1.039242500249) q[2];
ry(pi*-0.502970804693) q[3];
ry(pi*0.412592717067) q[4];
ry(pi*-0.352489291155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001140289262) q[0];
ry(pi*0.017090962988) q[1];
ry(pi*-0.000329803421) q[2];
ry(pi*0.43071628252) q[3];
ry(pi*0.5708737754) q[4];
ry(pi*0.011477192563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065614795674) q[0];
ry(pi*-0.499974021249) q[1];
ry(pi*-0.00551680249) q[2];
ry(pi*0.500683184613) q[3];
ry(pi*0.003458381205) q[4];
ry(pi*3.7870003e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
