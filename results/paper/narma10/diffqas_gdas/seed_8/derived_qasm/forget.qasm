// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117790890591) q[0];
ry(pi*-0.08472021505) q[1];
ry(pi*-0.002024002052) q[2];
ry(pi*-0.000641112194) q[3];
ry(pi*-0.002291013831) q[4];
ry(pi*-0.000360212437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107060615974) q[0];
ry(pi*-0.08249564141) q[1];
ry(pi*0.000534606414) q[2];
ry(pi*0.002950942024) q[3];
ry(pi*0.001722914773) q[4];
ry(pi*-0.000107699089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.102995126111) q[0];
ry(pi*-0.091612663291) q[1];
ry(pi*-0.002861730979) q[2];
ry(pi*0.001180085563) q[3];
ry(pi*-0.000126640432) q[4];
ry(pi*0.004287141655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101929246632) q[0];
ry(pi*-0.098962392698) q[1];
ry(pi*0.000758096155) q[2];
ry(pi*0.000876709475) q[3];
ry(pi*-0.005218522437) q[4];
ry(pi*0.001146414272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101761556002) q[0];
ry(pi*-0.104019455273) q[1];
ry(pi*-0.00082231142) q[2];
ry(pi*0.000697274788) q[3];
ry(pi*-0.005781799007) q[4];
ry(pi*0.004941656687) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
