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
rz(pi*0.003905387145) q[0];
rz(pi*-0.001930962513) q[1];
rz(pi*0.002477686695) q[2];
rz(pi*-0.003267558052) q[3];
rz(pi*0.000431559566) q[4];
rz(pi*0.002130901924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000436798416) q[0];
rz(pi*0.000624909838) q[1];
rz(pi*-0.004509167271) q[2];
rz(pi*-0.002141872767) q[3];
rz(pi*0.000406843227) q[4];
rz(pi*-0.003905051565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002793351121) q[0];
rz(pi*0.007679095714) q[1];
rz(pi*0.000743777659) q[2];
rz(pi*-0.002711775124) q[3];
rz(pi*-0.003382449305) q[4];
rz(pi*0.004296955606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009048430062) q[0];
rz(pi*-0.001297835994) q[1];
rz(pi*0.001730279609) q[2];
rz(pi*-0.002087018699) q[3];
rz(pi*0.001353108796) q[4];
rz(pi*-0.003671497633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000389690862) q[0];
rz(pi*-0.000221010685) q[1];
rz(pi*-0.000322194905) q[2];
rz(pi*9.3094187e-05) q[3];
rz(pi*-0.000255562652) q[4];
rz(pi*0.003187172892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
