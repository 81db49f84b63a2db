// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.071675094458) q[0];
ry(pi*0.667387877304) q[1];
ry(pi*-0.063026063858) q[2];
ry(pi*0.461293180105) q[3];
ry(pi*-0.017736497684) q[4];
ry(pi*0.006749642741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033665404777) q[0];
ry(pi*-0.089190535916) q[1];
ry(pi*-0.079402376801) q[2];
ry(pi*0.042771583734) q[3];
ry(pi*-0.01701495816) q[4];
ry(pi*-0.002143445281) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098626518145) q[0];
ry(pi*0.106415656388) q[1];
ry(pi*-0.288707808375) q[2];
ry(pi*-0.532416660897) q[3];
ry(pi*0.017190606673) q[4];
ry(pi*0.0023870939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026251450248) q[0];
ry(pi*0.503795018799) q[1];
ry(pi*0.26082860784) q[2];
ry(pi*0.06193217586) q[3];
ry(pi*0.047457316434) q[4];
ry(pi*-0.003727226819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.207614395316) q[0];
ry(pi*-0.60663971948) q[1];
ry(pi*-0.340844843149) q[2];
ry(pi*-0.350194499376) q[3];
ry(pi*0.053890069229) q[4];
ry(pi*-0.001738780437) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
