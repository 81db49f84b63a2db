// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.092916527431) q[0];
ry(pi*0.020314092497) q[1];
ry(pi*0.035672301711) q[2];
ry(pi*0.0414546616) q[3];
ry(pi*-0.035196145034) q[4];
ry(pi*0.000996798815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076396794745) q[0];
ry(pi*-0.015246769223) q[1];
ry(pi*-0.01552310255) q[2];
ry(pi*-0.003732118823) q[3];
ry(pi*0.004178095195) q[4];
ry(pi*0.002132450574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084116710918) q[0];
ry(pi*0.023475874813) q[1];
ry(pi*0.008857428447) q[2];
ry(pi*-0.018972622) q[3];
ry(pi*-0.000378430203) q[4];
ry(pi*-0.005696769674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081484982113) q[0];
ry(pi*-0.012127267676) q[1];
ry(pi*-0.020935634969) q[2];
ry(pi*-0.006226261709) q[3];
ry(pi*0.000858635932) q[4];
ry(pi*0.003163031256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.089404150082) q[0];
ry(pi*0.041122320722) q[1];
ry(pi*0.033945599059) q[2];
ry(pi*0.040780735373) q[3];
ry(pi*0.011281319102) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
