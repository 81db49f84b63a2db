// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.280717283902) q[0];
ry(pi*0.067072822875) q[1];
ry(pi*0.521884585088) q[2];
ry(pi*-0.142428986125) q[3];
ry(pi*-0.082757218682) q[4];
ry(pi*0.502688262535) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.63528678506) q[0];
ry(pi*-0.164010107172) q[1];
ry(pi*0.028228854046) q[2];
ry(pi*-0.078114188894) q[3];
ry(pi*-0.049834772475) q[4];
ry(pi*0.130341429596) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.121901696862) q[0];
ry(pi*0.017296462747) q[1];
ry(pi*0.060888968814) q[2];
ry(pi*0.019283300744) q[3];
ry(pi*-0.044933352836) q[4];
ry(pi*-0.184609084963) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.139593091582) q[0];
ry(pi*-0.034078097614) q[1];
ry(pi*-0.505547797122) q[2];
ry(pi*0.034257243041) q[3];
ry(pi*0.045078039009) q[4];
ry(pi*-0.042915501511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.122884836188) q[0];
ry(pi*-0.407159984601) q[1];
ry(pi*0.443152994525) q[2];
ry(pi*0.079657602946) q[3];
ry(pi*-0.468528323602) q[4];
ry(pi*0.001587838148) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
