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
ry(pi*-0.001225171334) q[0];
ry(pi*0.001196064693) q[1];
ry(pi*-0.009609551447) q[2];
ry(pi*0.003749385209) q[3];
ry(pi*-0.002022995459) q[4];
ry(pi*-0.001471792671) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002234714129) q[0];
ry(pi*-0.026285084187) q[1];
ry(pi*0.000431903003) q[2];
ry(pi*-0.498134233905) q[3];
ry(pi*-0.000291147634) q[4];
ry(pi*-0.000322588552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024727542552) q[0];
ry(pi*-0.009384872612) q[1];
ry(pi*0.040157229222) q[2];
ry(pi*-0.000115848524) q[3];
ry(pi*0.000348005253) q[4];
ry(pi*0.006228424602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005718555724) q[0];
ry(pi*0.253842026311) q[1];
ry(pi*0.000928868967) q[2];
ry(pi*0.252565805464) q[3];
ry(pi*-0.500877503495) q[4];
ry(pi*0.038094896291) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024266208334) q[0];
ry(pi*0.01117051707) q[1];
ry(pi*-0.017490216004) q[2];
ry(pi*-0.014692149562) q[3];
ry(pi*0.000235454393) q[4];
ry(pi*-0.004626001451) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
