// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005917233595) q[0];
ry(pi*-0.023686436739) q[1];
ry(pi*0.093042563394) q[2];
ry(pi*0.008944040819) q[3];
ry(pi*0.009518607953) q[4];
ry(pi*-0.038396909232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084676805403) q[0];
ry(pi*0.10879169896) q[1];
ry(pi*0.010766951311) q[2];
ry(pi*0.505538310748) q[3];
ry(pi*0.074674325387) q[4];
ry(pi*0.183459715907) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077102955671) q[0];
ry(pi*-0.074667485711) q[1];
ry(pi*0.013557196237) q[2];
ry(pi*-0.056545845992) q[3];
ry(pi*-0.082056517164) q[4];
ry(pi*0.025549271228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034248489489) q[0];
ry(pi*0.003928074698) q[1];
ry(pi*0.015547074617) q[2];
ry(pi*-0.005242415648) q[3];
ry(pi*0.46379025932) q[4];
ry(pi*-0.048915419526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008762768666) q[0];
ry(pi*-0.011615569113) q[1];
ry(pi*-0.029803800805) q[2];
ry(pi*0.059470438131) q[3];
ry(pi*-0.025180007011) q[4];
ry(pi*0.000158105502) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
