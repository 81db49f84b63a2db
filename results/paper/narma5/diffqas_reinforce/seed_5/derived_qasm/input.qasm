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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003189776901) q[0];
rz(pi*0.00483467796) q[1];
rz(pi*0.000630221169) q[2];
rz(pi*0.002547308082) q[3];
rz(pi*0.002923930168) q[4];
rz(pi*0.002432865209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000783540536) q[0];
rz(pi*-0.000388042197) q[1];
rz(pi*-0.004862087355) q[2];
rz(pi*0.000609031575) q[3];
rz(pi*-0.001438683892) q[4];
rz(pi*-3.0573874e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005932504285) q[0];
rz(pi*0.002208270121) q[1];
rz(pi*0.000208401126) q[2];
rz(pi*-0.004242255099) q[3];
rz(pi*0.002335478095) q[4];
rz(pi*0.004832431468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002547970053) q[0];
rz(pi*0.001376929377) q[1];
rz(pi*-0.001585405634) q[2];
rz(pi*-0.000434900771) q[3];
rz(pi*-0.001107487456) q[4];
rz(pi*-0.005018068835) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001569498171) q[0];
rz(pi*-0.005046022808) q[1];
rz(pi*0.004387032283) q[2];
rz(pi*0.003306884111) q[3];
rz(pi*0.000175285788) q[4];
rz(pi*0.000912839367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
