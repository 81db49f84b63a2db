// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023997544741) q[0];
ry(pi*-0.387352549845) q[1];
ry(pi*-0.052272889133) q[2];
ry(pi*-0.001641736315) q[3];
ry(pi*0.497222365706) q[4];
ry(pi*-0.036161321912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052893871909) q[0];
ry(pi*0.023362458099) q[1];
ry(pi*-0.016690870428) q[2];
ry(pi*-0.002050177181) q[3];
ry(pi*-0.021441085568) q[4];
ry(pi*-0.013743614156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006422065209) q[0];
ry(pi*-0.0111154712) q[1];
ry(pi*-3.595319e-05) q[2];
ry(pi*0.367313381948) q[3];
ry(pi*0.005564903741) q[4];
ry(pi*-0.007707433291) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030747479188) q[0];
ry(pi*-0.00104297878) q[1];
ry(pi*0.014211597136) q[2];
ry(pi*-0.008257482299) q[3];
ry(pi*-0.003532628385) q[4];
ry(pi*-0.494641996128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000211371973) q[0];
ry(pi*-0.024780222758) q[1];
ry(pi*0.151429676604) q[2];
ry(pi*-0.139707326495) q[3];
ry(pi*0.168418254344) q[4];
ry(pi*-0.002145940939) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
