// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001052437361) q[0];
rx(pi*-0.004939799729) q[1];
rx(pi*-0.003194716634) q[2];
rx(pi*0.005222140895) q[3];
rx(pi*0.002742915036) q[4];
rx(pi*-0.002580426792) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000759275059) q[0];
rx(pi*-0.002074833156) q[1];
rx(pi*0.003719024663) q[2];
rx(pi*-0.002468922916) q[3];
rx(pi*0.000257842698) q[4];
rx(pi*0.004415568481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003793306527) q[0];
rx(pi*0.012791243883) q[1];
rx(pi*-0.006281149868) q[2];
rx(pi*0.009377844987) q[3];
rx(pi*-0.005041303337) q[4];
rx(pi*-0.001910166603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000500804796) q[0];
rx(pi*-0.000612731631) q[1];
rx(pi*-0.004409695823) q[2];
rx(pi*0.001594871998) q[3];
rx(pi*0.000862665936) q[4];
rx(pi*0.003176139646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003698279742) q[0];
rx(pi*-0.004276463259) q[1];
rx(pi*0.004098074964) q[2];
rx(pi*0.004131006614) q[3];
rx(pi*-0.00169399082) q[4];
rx(pi*0.003302161083) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
