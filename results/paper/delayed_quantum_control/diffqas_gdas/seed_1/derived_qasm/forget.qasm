// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*1.000070530558) q[0];
rx(pi*2.2347e-08) q[1];
rx(pi*-0.002501351048) q[2];
rx(pi*-0.21742396992) q[3];
rx(pi*-0.000587520296) q[4];
rx(pi*-0.002847275228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.499999027331) q[0];
rx(pi*0.507454747992) q[1];
rx(pi*5.463502e-06) q[2];
rx(pi*0.00231225234) q[3];
rx(pi*0.002867562134) q[4];
rx(pi*-8.0234935e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499991058777) q[0];
rx(pi*0.500001038442) q[1];
rx(pi*-0.500000013914) q[2];
rx(pi*0.007784738344) q[3];
rx(pi*0.002786665006) q[4];
rx(pi*-0.003523405258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499999482677) q[0];
rx(pi*3.0866303e-05) q[1];
rx(pi*1.486e-09) q[2];
rx(pi*0.000164163071) q[3];
rx(pi*-0.002867564802) q[4];
rx(pi*-0.003448504111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.344642162709) q[0];
rx(pi*-4.035698e-05) q[1];
rx(pi*0.002501305691) q[2];
rx(pi*-0.220330765622) q[3];
rx(pi*-0.002199162609) q[4];
rx(pi*-0.00120635148) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
