// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.029059405049) q[0];
ry(pi*-0.00465147948) q[1];
ry(pi*0.049177271904) q[2];
ry(pi*0.005495684636) q[3];
ry(pi*0.033073630547) q[4];
ry(pi*0.002073942178) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.086557308263) q[0];
ry(pi*0.187707543362) q[1];
ry(pi*0.396884458287) q[2];
ry(pi*-0.00522540658) q[3];
ry(pi*-0.003577725717) q[4];
ry(pi*0.000629009063) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006976217073) q[0];
ry(pi*0.138745294351) q[1];
ry(pi*-0.205477399879) q[2];
ry(pi*0.005510201159) q[3];
ry(pi*-0.049476965426) q[4];
ry(pi*-0.115306039312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013081068019) q[0];
ry(pi*0.280656039872) q[1];
ry(pi*0.197815255723) q[2];
ry(pi*-0.508225307167) q[3];
ry(pi*0.49013782788) q[4];
ry(pi*0.009075507138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022401542975) q[0];
ry(pi*-0.030184797295) q[1];
ry(pi*0.01022639757) q[2];
ry(pi*0.019045912539) q[3];
ry(pi*0.067352244017) q[4];
ry(pi*0.003148408011) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
