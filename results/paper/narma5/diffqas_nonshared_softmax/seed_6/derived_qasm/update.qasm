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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.026601535389) q[0];
rx(pi*-0.10110384673) q[1];
rx(pi*0.002080853742) q[2];
rx(pi*-0.003910510973) q[3];
rx(pi*-0.004556031143) q[4];
rx(pi*0.005882429275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.208358316753) q[0];
rx(pi*-0.101334640719) q[1];
rx(pi*-0.001114063143) q[2];
rx(pi*-0.003754723666) q[3];
rx(pi*-5.4856156e-05) q[4];
rx(pi*0.001081082801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.03019439039) q[0];
rx(pi*-0.097553817963) q[1];
rx(pi*0.000702559884) q[2];
rx(pi*-0.001312359632) q[3];
rx(pi*0.003879918306) q[4];
rx(pi*-0.005782203364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.20780852447) q[0];
rx(pi*-0.100742634073) q[1];
rx(pi*-0.002819528473) q[2];
rx(pi*-0.00596386683) q[3];
rx(pi*2.030754e-05) q[4];
rx(pi*-0.001322201745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.028914944177) q[0];
rx(pi*-0.097790683232) q[1];
rx(pi*-0.004268823467) q[2];
rx(pi*0.005642419866) q[3];
rx(pi*0.002150067363) q[4];
rx(pi*-0.00196960422) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
