// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.25118561396) q[0];
ry(pi*0.002140798583) q[1];
ry(pi*-0.000472664469) q[2];
ry(pi*0.000153472214) q[3];
ry(pi*-0.002616474123) q[4];
ry(pi*-0.001211287062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00309783378) q[0];
ry(pi*-1.4820442e-05) q[1];
ry(pi*0.00282433599) q[2];
ry(pi*-0.003556981093) q[3];
ry(pi*0.004178768431) q[4];
ry(pi*0.0013195423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000314562747) q[0];
ry(pi*-1.6653151e-05) q[1];
ry(pi*0.000325646166) q[2];
ry(pi*-0.000298838118) q[3];
ry(pi*-0.002929317835) q[4];
ry(pi*0.002458762121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*3.0442598e-05) q[0];
ry(pi*-1.2858753e-05) q[1];
ry(pi*0.010344700953) q[2];
ry(pi*0.003530367071) q[3];
ry(pi*-0.00396970476) q[4];
ry(pi*-3.5822099e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003270288646) q[0];
ry(pi*-1.4805337e-05) q[1];
ry(pi*0.003783537045) q[2];
ry(pi*0.004459444739) q[3];
ry(pi*-0.00210451098) q[4];
ry(pi*-0.00265662609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
