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
rx(pi*-0.001056459436) q[0];
rx(pi*0.000668660327) q[1];
rx(pi*-0.004724166151) q[2];
rx(pi*0.003133704131) q[3];
rx(pi*0.000568864156) q[4];
rx(pi*0.003204924565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003091879598) q[0];
rx(pi*-0.003121527185) q[1];
rx(pi*-0.002533680017) q[2];
rx(pi*-0.00064955388) q[3];
rx(pi*0.002380833042) q[4];
rx(pi*0.002708713101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002215652002) q[0];
rx(pi*-0.001927749004) q[1];
rx(pi*-0.002539140907) q[2];
rx(pi*-0.001862003839) q[3];
rx(pi*-0.000757331168) q[4];
rx(pi*-0.000419580314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006589683505) q[0];
rx(pi*-0.001612176478) q[1];
rx(pi*-0.000913262771) q[2];
rx(pi*0.001457379756) q[3];
rx(pi*-0.003033725162) q[4];
rx(pi*-0.001173376622) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.0098707e-05) q[0];
rx(pi*0.002463830809) q[1];
rx(pi*-0.00418859839) q[2];
rx(pi*0.004363187985) q[3];
rx(pi*-0.001121904447) q[4];
rx(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
