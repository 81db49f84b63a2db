// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.108550175881) q[0];
ry(pi*0.058278717159) q[1];
ry(pi*0.070465083758) q[2];
ry(pi*0.084440993122) q[3];
ry(pi*0.057618342217) q[4];
ry(pi*-9.5046981e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098603447284) q[0];
ry(pi*-0.046519427111) q[1];
ry(pi*-0.016071247761) q[2];
ry(pi*-0.016465184851) q[3];
ry(pi*0.007689763734) q[4];
ry(pi*-0.000707011883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.096689315228) q[0];
ry(pi*0.075761867) q[1];
ry(pi*-0.07149436955) q[2];
ry(pi*-0.005898405514) q[3];
ry(pi*-0.01691154127) q[4];
ry(pi*-0.001222690276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.109512521076) q[0];
ry(pi*-0.061915494071) q[1];
ry(pi*-0.013479686634) q[2];
ry(pi*-0.026494230271) q[3];
ry(pi*0.021023934136) q[4];
ry(pi*-0.006319711385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12326707065) q[0];
ry(pi*0.090594348491) q[1];
ry(pi*0.083824151149) q[2];
ry(pi*0.102743452613) q[3];
ry(pi*-0.038237372139) q[4];
ry(pi*0.000145812792) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
