// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.001071169911) q[0];
rx(pi*-0.002918748236) q[1];
rx(pi*0.003766460682) q[2];
rx(pi*0.002479801267) q[3];
rx(pi*0.000556334879) q[4];
rx(pi*0.001786404109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002886513538) q[0];
rx(pi*0.002783381535) q[1];
rx(pi*-0.002707663078) q[2];
rx(pi*0.00496869641) q[3];
rx(pi*-0.002125916093) q[4];
rx(pi*-0.001766014186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003707391108) q[0];
rx(pi*0.002066644043) q[1];
rx(pi*-0.00303938912) q[2];
rx(pi*0.001921943492) q[3];
rx(pi*-1.981959e-06) q[4];
rx(pi*5.8450825e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00197376103) q[0];
rx(pi*0.001966607711) q[1];
rx(pi*0.003248583822) q[2];
rx(pi*0.001542308593) q[3];
rx(pi*0.001047674831) q[4];
rx(pi*-0.00031383237) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004772799232) q[0];
rx(pi*-0.002471620159) q[1];
rx(pi*0.006095909446) q[2];
rx(pi*0.006959189032) q[3];
rx(pi*0.006916623672) q[4];
rx(pi*-0.000424657044) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
