// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*-1.46937e-07) q[0];
rx(pi*6.88e-10) q[1];
rx(pi*-0.00022789366) q[2];
rx(pi*-0.000614730995) q[3];
rx(pi*0.000984817303) q[4];
rx(pi*0.003204971108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*5.0e-12) q[0];
rx(pi*3.499e-09) q[1];
rx(pi*-0.336127914508) q[2];
rx(pi*-4.062e-09) q[3];
rx(pi*0.002638405137) q[4];
rx(pi*0.002708741263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.004482984544) q[0];
rx(pi*0.002849998113) q[1];
rx(pi*0.000121256053) q[2];
rx(pi*1.86475e-07) q[3];
rx(pi*-0.000341267852) q[4];
rx(pi*-0.000419573904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.606e-09) q[0];
rx(pi*1.8080184e-05) q[1];
rx(pi*-2.0619245e-05) q[2];
rx(pi*9.965e-09) q[3];
rx(pi*-0.002776186713) q[4];
rx(pi*-0.001173380253) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.001039810292) q[0];
rx(pi*-8.5244e-08) q[1];
rx(pi*0.000307688627) q[2];
rx(pi*0.000614720768) q[3];
rx(pi*-0.000706096004) q[4];
rx(pi*0.000539263186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
