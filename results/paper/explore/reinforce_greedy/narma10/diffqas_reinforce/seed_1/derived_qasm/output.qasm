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
rx(pi*0.101839448617) q[0];
rx(pi*-0.000981033203) q[1];
rx(pi*0.003389721499) q[2];
rx(pi*-0.005736580427) q[3];
rx(pi*-0.000803977891) q[4];
rx(pi*-0.001069654908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.10970322565) q[0];
rx(pi*-0.002749263199) q[1];
rx(pi*-0.001501905979) q[2];
rx(pi*0.001666684292) q[3];
rx(pi*-0.003145092227) q[4];
rx(pi*0.00163406006) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081810791623) q[0];
rx(pi*0.00546051094) q[1];
rx(pi*0.000112768926) q[2];
rx(pi*-0.002247164995) q[3];
rx(pi*-0.003834657335) q[4];
rx(pi*-0.000575185786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.107133736943) q[0];
rx(pi*-0.003547076133) q[1];
rx(pi*0.003961511497) q[2];
rx(pi*-0.00173507423) q[3];
rx(pi*0.0006833877) q[4];
rx(pi*0.000815701048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099186252148) q[0];
rx(pi*-0.002451260622) q[1];
rx(pi*0.000135535001) q[2];
rx(pi*2.0663536e-05) q[3];
rx(pi*0.002314985601) q[4];
rx(pi*-0.005922518691) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
