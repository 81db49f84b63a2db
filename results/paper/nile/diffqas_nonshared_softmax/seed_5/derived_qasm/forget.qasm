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
ry(pi*-0.043615529497) q[0];
ry(pi*0.202220424174) q[1];
ry(pi*0.027187598822) q[2];
ry(pi*0.132917786437) q[3];
ry(pi*0.001998711972) q[4];
ry(pi*0.00018348711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033280070643) q[0];
ry(pi*0.01629210596) q[1];
ry(pi*-0.096774749511) q[2];
ry(pi*-0.156870064573) q[3];
ry(pi*0.052858781812) q[4];
ry(pi*-0.000915423663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.039447883246) q[0];
ry(pi*0.153316819926) q[1];
ry(pi*0.265899681789) q[2];
ry(pi*-0.046570122293) q[3];
ry(pi*0.008636802665) q[4];
ry(pi*-0.000889104534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023111401215) q[0];
ry(pi*0.054043629905) q[1];
ry(pi*-0.125553220342) q[2];
ry(pi*-0.002750991201) q[3];
ry(pi*-0.007400569256) q[4];
ry(pi*-0.001464213206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007381824774) q[0];
ry(pi*0.17814560106) q[1];
ry(pi*0.025916256343) q[2];
ry(pi*0.135521520954) q[3];
ry(pi*0.047792370415) q[4];
ry(pi*-0.000551152503) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
