// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*-0.002747371853) q[0];
rx(pi*-0.001108687556) q[1];
rx(pi*0.002810385388) q[2];
rx(pi*0.001847356433) q[3];
rx(pi*0.00029131913) q[4];
rx(pi*0.002133008343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011083088277) q[0];
rx(pi*0.003882745246) q[1];
rx(pi*-0.003055650247) q[2];
rx(pi*-0.005311381586) q[3];
rx(pi*0.000879954259) q[4];
rx(pi*0.002229903648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001396762568) q[0];
rx(pi*-0.004098688613) q[1];
rx(pi*8.3186123e-05) q[2];
rx(pi*-0.000167899887) q[3];
rx(pi*0.004474158104) q[4];
rx(pi*0.002379073468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000758263797) q[0];
rx(pi*0.004233794143) q[1];
rx(pi*-0.000654417945) q[2];
rx(pi*-0.002947229591) q[3];
rx(pi*0.001859115534) q[4];
rx(pi*0.001854277335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000702380161) q[0];
rx(pi*-0.002975076842) q[1];
rx(pi*0.000730596046) q[2];
rx(pi*-0.007938311472) q[3];
rx(pi*0.002196735728) q[4];
rx(pi*0.001564073744) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
