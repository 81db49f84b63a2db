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
rx(pi*-0.00107116628) q[0];
rx(pi*-0.002918749718) q[1];
rx(pi*0.003766459793) q[2];
rx(pi*0.002479803787) q[3];
rx(pi*0.000556336954) q[4];
rx(pi*0.001786400552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002886510573) q[0];
rx(pi*0.002783386871) q[1];
rx(pi*-0.00270766456) q[2];
rx(pi*0.004968692556) q[3];
rx(pi*-0.002125913573) q[4];
rx(pi*-0.001766013149) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003707387254) q[0];
rx(pi*0.002066645377) q[1];
rx(pi*-0.003039392085) q[2];
rx(pi*0.001921946308) q[3];
rx(pi*-1.982745e-06) q[4];
rx(pi*5.8451937e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001973762216) q[0];
rx(pi*0.001966608601) q[1];
rx(pi*0.003248583229) q[2];
rx(pi*0.001542306518) q[3];
rx(pi*0.001047675572) q[4];
rx(pi*-0.00031383526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004772799825) q[0];
rx(pi*-0.002471618381) q[1];
rx(pi*0.006095910632) q[2];
rx(pi*0.006959189625) q[3];
rx(pi*0.00691662308) q[4];
rx(pi*-0.000424658785) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
