// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.063383369021) q[0];
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
rx(pi*-7.6877991e-05) q[0];
rx(pi*0.002127454961) q[1];
rx(pi*-0.001081809546) q[2];
rx(pi*0.003348934539) q[3];
rx(pi*-1.7175939e-05) q[4];
rx(pi*0.001856953679) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004109023128) q[0];
rx(pi*0.001103450411) q[1];
rx(pi*-0.005373780581) q[2];
rx(pi*-0.006478671587) q[3];
rx(pi*-0.000969220815) q[4];
rx(pi*-0.002864534202) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000522076989) q[0];
rx(pi*0.007145318209) q[1];
rx(pi*-0.002647576682) q[2];
rx(pi*-0.001986100727) q[3];
rx(pi*0.000653688457) q[4];
rx(pi*0.001569295548) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000561567096) q[0];
rx(pi*-0.000655549639) q[1];
rx(pi*0.002236039109) q[2];
rx(pi*0.00165493527) q[3];
rx(pi*-0.003290276139) q[4];
rx(pi*-0.000252055806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000112309912) q[0];
rx(pi*-0.003356663858) q[1];
rx(pi*0.000827146432) q[2];
rx(pi*-0.002730949458) q[3];
rx(pi*0.003094225104) q[4];
rx(pi*0.000613556983) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
