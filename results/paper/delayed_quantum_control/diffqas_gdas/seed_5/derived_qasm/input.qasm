// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000226352347) q[0];
rx(pi*0.000668455703) q[1];
rx(pi*0.000659667763) q[2];
rx(pi*-0.000715650116) q[3];
rx(pi*-0.000475621772) q[4];
rx(pi*-0.004163780553) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003101036617) q[0];
rx(pi*-0.001861980271) q[1];
rx(pi*0.000696824407) q[2];
rx(pi*-0.001117318304) q[3];
rx(pi*0.005998810481) q[4];
rx(pi*-0.000545459937) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001079112378) q[0];
rx(pi*0.001401680216) q[1];
rx(pi*0.003257262965) q[2];
rx(pi*0.005843630599) q[3];
rx(pi*0.003097775973) q[4];
rx(pi*-0.001785814768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000476591865) q[0];
rx(pi*0.003339534135) q[1];
rx(pi*0.000863659634) q[2];
rx(pi*0.002547472908) q[3];
rx(pi*-0.000181129802) q[4];
rx(pi*0.005052021753) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004572972918) q[0];
rx(pi*0.003571896341) q[1];
rx(pi*0.000560456634) q[2];
rx(pi*-0.004956654644) q[3];
rx(pi*-0.004135243762) q[4];
rx(pi*0.001089747047) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
