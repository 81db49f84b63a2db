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
ry(pi*-0.026080081276) q[0];
ry(pi*-0.033476851239) q[1];
ry(pi*-0.002003491029) q[2];
ry(pi*-0.012995823464) q[3];
ry(pi*-0.081718669446) q[4];
ry(pi*-0.018398303884) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028330059426) q[0];
ry(pi*-0.106548465622) q[1];
ry(pi*-0.08046630683) q[2];
ry(pi*-0.38619248016) q[3];
ry(pi*-0.156959160597) q[4];
ry(pi*-0.045096864718) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02970578759) q[0];
ry(pi*0.132973670666) q[1];
ry(pi*0.264601680228) q[2];
ry(pi*-0.07475088991) q[3];
ry(pi*-0.202167717881) q[4];
ry(pi*-0.056756286966) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001421574327) q[0];
ry(pi*0.052697167204) q[1];
ry(pi*-0.003633711035) q[2];
ry(pi*0.024075619969) q[3];
ry(pi*-0.473669027535) q[4];
ry(pi*0.107050797577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01015372246) q[0];
ry(pi*0.057852171846) q[1];
ry(pi*0.085923039822) q[2];
ry(pi*0.009560834767) q[3];
ry(pi*0.002497253231) q[4];
ry(pi*-0.003370805966) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
