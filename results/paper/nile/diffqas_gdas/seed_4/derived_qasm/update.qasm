// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.012708311631) q[0];
rx(pi*-0.000584069145) q[1];
rx(pi*0.097149859706) q[2];
rx(pi*-0.006488125352) q[3];
rx(pi*0.003038891382) q[4];
rx(pi*0.004135016979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.067497622696) q[0];
rx(pi*0.248463650767) q[1];
rx(pi*0.095101229842) q[2];
rx(pi*-0.011169761717) q[3];
rx(pi*0.002797215633) q[4];
rx(pi*0.002911719426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003608093675) q[0];
rx(pi*-0.002264105583) q[1];
rx(pi*0.100538278608) q[2];
rx(pi*-0.003512229717) q[3];
rx(pi*-0.002018568287) q[4];
rx(pi*-0.001529421206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.437899782198) q[0];
rx(pi*0.251541106334) q[1];
rx(pi*0.093245695117) q[2];
rx(pi*-0.009594614559) q[3];
rx(pi*-0.00318556258) q[4];
rx(pi*-0.003965277884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013691618155) q[0];
rx(pi*0.003190555673) q[1];
rx(pi*0.102028521534) q[2];
rx(pi*-0.010456803804) q[3];
rx(pi*-0.003028910828) q[4];
rx(pi*-0.002985381712) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
