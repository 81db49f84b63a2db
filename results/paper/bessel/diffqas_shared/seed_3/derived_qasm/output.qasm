// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.040304320192) q[0];
rz(pi*-0.063684052977) q[1];
rz(pi*-0.026138913395) q[2];
rz(pi*-0.021186473666) q[3];
rz(pi*-0.003524572972) q[4];
rz(pi*-0.013738608908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011188604027) q[0];
rz(pi*-0.014080521537) q[1];
rz(pi*0.00509771643) q[2];
rz(pi*-0.002472028963) q[3];
rz(pi*-0.00330559515) q[4];
rz(pi*-0.002112503694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024925931089) q[0];
rz(pi*-0.067945118666) q[1];
rz(pi*-0.015955121502) q[2];
rz(pi*-0.006257481958) q[3];
rz(pi*0.003074219824) q[4];
rz(pi*-0.006934098759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.013310875426) q[0];
rz(pi*-0.016307590093) q[1];
rz(pi*0.002778024402) q[2];
rz(pi*-0.007869232883) q[3];
rz(pi*-0.005108646512) q[4];
rz(pi*0.002912218943) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.05690247673) q[0];
rz(pi*-0.096745578912) q[1];
rz(pi*0.060339475352) q[2];
rz(pi*-0.03180179952) q[3];
rz(pi*-0.040547574533) q[4];
rz(pi*-0.00414465217) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
