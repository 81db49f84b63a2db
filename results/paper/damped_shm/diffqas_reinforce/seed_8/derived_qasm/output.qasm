// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.037262998223) q[0];
ry(pi*0.077590280182) q[1];
ry(pi*0.375942870618) q[2];
ry(pi*-0.009432295587) q[3];
ry(pi*-0.011706893248) q[4];
ry(pi*-0.403656439067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.478351729339) q[0];
ry(pi*-0.090949755487) q[1];
ry(pi*0.079209352809) q[2];
ry(pi*-0.45912816192) q[3];
ry(pi*0.013814185662) q[4];
ry(pi*0.032907901225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004257753462) q[0];
ry(pi*0.168087483461) q[1];
ry(pi*-0.001175417082) q[2];
ry(pi*-0.017934732067) q[3];
ry(pi*0.506883858014) q[4];
ry(pi*-0.004039480004) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007698768674) q[0];
ry(pi*-0.034300337265) q[1];
ry(pi*-0.235484906333) q[2];
ry(pi*-0.378432702244) q[3];
ry(pi*-0.564289700713) q[4];
ry(pi*0.363539512704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.312317647388) q[0];
ry(pi*0.021840865078) q[1];
ry(pi*-0.34462041994) q[2];
ry(pi*0.29452534611) q[3];
ry(pi*0.438760803434) q[4];
ry(pi*0.000414306743) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
