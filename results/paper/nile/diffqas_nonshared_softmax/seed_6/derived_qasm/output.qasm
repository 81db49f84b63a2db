// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.041979462031) q[0];
ry(pi*0.276259522995) q[1];
ry(pi*0.167453262451) q[2];
ry(pi*0.021845359248) q[3];
ry(pi*0.053961492137) q[4];
ry(pi*-0.010488532167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029119026909) q[0];
ry(pi*-0.028039828561) q[1];
ry(pi*0.019365546419) q[2];
ry(pi*0.072043379207) q[3];
ry(pi*0.269028003293) q[4];
ry(pi*-0.026427742648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058589206175) q[0];
ry(pi*0.224967117003) q[1];
ry(pi*0.500328963413) q[2];
ry(pi*-0.064426745929) q[3];
ry(pi*0.028192122807) q[4];
ry(pi*-0.029055622358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018338271738) q[0];
ry(pi*-0.001385131088) q[1];
ry(pi*0.203794744832) q[2];
ry(pi*0.502451330861) q[3];
ry(pi*-0.243782390892) q[4];
ry(pi*-0.009557803871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.136162809312) q[0];
ry(pi*0.001209914799) q[1];
ry(pi*-0.133553354512) q[2];
ry(pi*0.00090425368) q[3];
ry(pi*-0.01965112896) q[4];
ry(pi*-0.000607650233) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
