// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.00092162412) q[0];
ry(pi*0.027168260849) q[1];
ry(pi*0.101443942719) q[2];
ry(pi*0.016600639597) q[3];
ry(pi*0.001869416254) q[4];
ry(pi*-0.122120490588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001948255728) q[0];
ry(pi*-0.054495921237) q[1];
ry(pi*0.045232946751) q[2];
ry(pi*-0.105769273847) q[3];
ry(pi*-0.054345993842) q[4];
ry(pi*0.113202027998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*7.4163197e-05) q[0];
ry(pi*-0.079177426418) q[1];
ry(pi*-0.114414652194) q[2];
ry(pi*0.029265823801) q[3];
ry(pi*-0.027300097729) q[4];
ry(pi*0.033852018352) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030854136861) q[0];
ry(pi*0.151660100625) q[1];
ry(pi*-0.036067900102) q[2];
ry(pi*-0.035196088116) q[3];
ry(pi*-0.153134501307) q[4];
ry(pi*0.003681662283) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.180002786414) q[0];
ry(pi*-0.006219384088) q[1];
ry(pi*0.003534803729) q[2];
ry(pi*-0.034118163314) q[3];
ry(pi*0.003515903019) q[4];
ry(pi*3.7149441e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
