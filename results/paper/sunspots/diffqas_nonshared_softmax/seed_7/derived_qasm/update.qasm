// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.062058724087) q[0];
ry(pi*-0.115976593134) q[1];
ry(pi*0.167571178078) q[2];
ry(pi*-0.060877333777) q[3];
ry(pi*-0.018532154247) q[4];
ry(pi*0.003778962537) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.180496609091) q[0];
ry(pi*-0.119570268707) q[1];
ry(pi*-0.020924270293) q[2];
ry(pi*-0.024970474357) q[3];
ry(pi*0.055512613868) q[4];
ry(pi*-0.013034338142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.084405248465) q[0];
ry(pi*0.056675889948) q[1];
ry(pi*0.104181786102) q[2];
ry(pi*0.001907703259) q[3];
ry(pi*0.028192421627) q[4];
ry(pi*0.037750111662) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028420011594) q[0];
ry(pi*0.049883171954) q[1];
ry(pi*0.085228001669) q[2];
ry(pi*-0.17914751392) q[3];
ry(pi*-0.087084873972) q[4];
ry(pi*0.087249424613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028348097765) q[0];
ry(pi*-0.060041641159) q[1];
ry(pi*0.094630772103) q[2];
ry(pi*-0.010247785786) q[3];
ry(pi*-0.0196837443) q[4];
ry(pi*0.002312118048) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
