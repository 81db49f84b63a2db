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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099525759981) q[0];
rx(pi*-0.003697275076) q[1];
rx(pi*-0.002963633014) q[2];
rx(pi*0.000728809273) q[3];
rx(pi*-0.000131538977) q[4];
rx(pi*0.001030073161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099699569323) q[0];
rx(pi*0.002804853942) q[1];
rx(pi*0.002615331905) q[2];
rx(pi*-0.003448901946) q[3];
rx(pi*0.002954157609) q[4];
rx(pi*-0.003334134906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09861923261) q[0];
rx(pi*-0.003636000808) q[1];
rx(pi*0.002069537536) q[2];
rx(pi*0.002435139864) q[3];
rx(pi*0.000971945331) q[4];
rx(pi*-0.005943519744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102985250796) q[0];
rx(pi*-0.005290618878) q[1];
rx(pi*-0.008752687615) q[2];
rx(pi*0.007449249769) q[3];
rx(pi*0.005415773201) q[4];
rx(pi*-0.002788801812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097691702407) q[0];
rx(pi*-0.00661327671) q[1];
rx(pi*-0.007221915341) q[2];
rx(pi*0.003167353485) q[3];
rx(pi*0.001110356565) q[4];
rx(pi*0.000425104756) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
