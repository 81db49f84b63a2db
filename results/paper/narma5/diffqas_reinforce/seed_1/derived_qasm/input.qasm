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
rx(pi*0.030359911972) q[0];
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
rx(pi*-0.002069125916) q[0];
rx(pi*0.005214496064) q[1];
rx(pi*0.003487637479) q[2];
rx(pi*-0.000514595946) q[3];
rx(pi*0.001696985105) q[4];
rx(pi*-0.000224328099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004020766353) q[0];
rx(pi*-0.001854926114) q[1];
rx(pi*-0.003843765439) q[2];
rx(pi*-0.000517011896) q[3];
rx(pi*0.002190712473) q[4];
rx(pi*0.004112308378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.0005795928) q[0];
rx(pi*9.4444532e-05) q[1];
rx(pi*0.000888221782) q[2];
rx(pi*0.000153545141) q[3];
rx(pi*0.003983151102) q[4];
rx(pi*0.001125217266) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002282407615) q[0];
rx(pi*-0.00278807314) q[1];
rx(pi*-0.006151988738) q[2];
rx(pi*0.000778404554) q[3];
rx(pi*0.002707244788) q[4];
rx(pi*0.00254708367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001104997876) q[0];
rx(pi*-0.001717751518) q[1];
rx(pi*0.002796273517) q[2];
rx(pi*-0.001084234871) q[3];
rx(pi*0.005187606344) q[4];
rx(pi*-0.000412204066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
