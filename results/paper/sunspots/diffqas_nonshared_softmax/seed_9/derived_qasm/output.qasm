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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.069308661584) q[0];
ry(pi*-0.071906225214) q[1];
ry(pi*0.130254287766) q[2];
ry(pi*0.117236990709) q[3];
ry(pi*-0.048809779267) q[4];
ry(pi*0.008691006619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.049524397295) q[0];
ry(pi*-0.27646829911) q[1];
ry(pi*0.138292860723) q[2];
ry(pi*0.14882360844) q[3];
ry(pi*0.100172256359) q[4];
ry(pi*0.010423200697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074765105241) q[0];
ry(pi*-0.264594736203) q[1];
ry(pi*0.431336160133) q[2];
ry(pi*-0.339734747681) q[3];
ry(pi*0.014356907039) q[4];
ry(pi*-0.056028155598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119674818033) q[0];
ry(pi*-0.58050661886) q[1];
ry(pi*0.208943303483) q[2];
ry(pi*0.017984065954) q[3];
ry(pi*0.517510266325) q[4];
ry(pi*0.177026171001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093214513406) q[0];
ry(pi*0.255519938171) q[1];
ry(pi*0.187035357883) q[2];
ry(pi*-0.044568027835) q[3];
ry(pi*-0.027874689765) q[4];
ry(pi*0.003698343182) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
