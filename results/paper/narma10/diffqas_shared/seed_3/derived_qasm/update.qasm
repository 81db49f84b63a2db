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
rz(pi*0.000776521138) q[0];
rz(pi*-0.005614244743) q[1];
rz(pi*0.003636897567) q[2];
rz(pi*0.001545603181) q[3];
rz(pi*0.001272715187) q[4];
rz(pi*0.003324072235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001221426439) q[0];
rz(pi*0.003562013318) q[1];
rz(pi*-0.001621451928) q[2];
rz(pi*-0.006085102095) q[3];
rz(pi*-0.003384898271) q[4];
rz(pi*-0.003344964788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002207285316) q[0];
rz(pi*0.001024082961) q[1];
rz(pi*0.003688356995) q[2];
rz(pi*0.00052093251) q[3];
rz(pi*-0.003937965132) q[4];
rz(pi*-0.002693768801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000945319155) q[0];
rz(pi*-0.005567162684) q[1];
rz(pi*-0.001313790444) q[2];
rz(pi*0.001537456165) q[3];
rz(pi*0.001540527675) q[4];
rz(pi*-0.00672622622) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005753702739) q[0];
rz(pi*-0.00233167065) q[1];
rz(pi*-0.006800836551) q[2];
rz(pi*0.000849318904) q[3];
rz(pi*-0.003654225615) q[4];
rz(pi*0.001321400147) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
