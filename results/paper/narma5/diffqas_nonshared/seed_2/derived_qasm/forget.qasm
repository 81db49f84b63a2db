// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.053691785042) q[0];
ry(pi*0.036754770487) q[1];
ry(pi*0.040193320131) q[2];
ry(pi*0.052632531795) q[3];
ry(pi*-0.02101177972) q[4];
ry(pi*0.000835595753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047856090388) q[0];
ry(pi*-0.008373847496) q[1];
ry(pi*0.001325610318) q[2];
ry(pi*-0.006536278185) q[3];
ry(pi*0.004476789091) q[4];
ry(pi*0.002279163275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.049351693116) q[0];
ry(pi*0.030871807603) q[1];
ry(pi*-0.015053891084) q[2];
ry(pi*-0.001181735303) q[3];
ry(pi*0.007072047829) q[4];
ry(pi*-0.005580877016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.055432197877) q[0];
ry(pi*-0.016080386697) q[1];
ry(pi*-0.012541236429) q[2];
ry(pi*0.004499493245) q[3];
ry(pi*-0.005158767175) q[4];
ry(pi*0.003040719584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052351872682) q[0];
ry(pi*0.039334317121) q[1];
ry(pi*0.034736760266) q[2];
ry(pi*0.051748634169) q[3];
ry(pi*0.03401099812) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
