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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003374170961) q[0];
ry(pi*0.005475814833) q[1];
ry(pi*0.062327890459) q[2];
ry(pi*0.084084305465) q[3];
ry(pi*-0.337179877477) q[4];
ry(pi*-0.22711413005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027960399153) q[0];
ry(pi*0.346867400395) q[1];
ry(pi*0.021074686236) q[2];
ry(pi*-0.482124612) q[3];
ry(pi*-0.185085870112) q[4];
ry(pi*-0.443404876724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024980091169) q[0];
ry(pi*-0.006138079935) q[1];
ry(pi*0.00696269899) q[2];
ry(pi*-0.013917666586) q[3];
ry(pi*-0.016051538634) q[4];
ry(pi*0.201739958311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003033140861) q[0];
ry(pi*-0.081876143252) q[1];
ry(pi*-0.121975557768) q[2];
ry(pi*-0.092127953632) q[3];
ry(pi*-0.247726768219) q[4];
ry(pi*0.010281148177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005692050796) q[0];
ry(pi*0.014645718505) q[1];
ry(pi*0.011236614565) q[2];
ry(pi*0.050312639071) q[3];
ry(pi*-0.004003875568) q[4];
ry(pi*0.00589540782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
