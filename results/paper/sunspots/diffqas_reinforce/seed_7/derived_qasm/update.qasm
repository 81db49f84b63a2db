// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.013289711326) q[0];
ry(pi*0.029578762673) q[1];
ry(pi*0.213920860759) q[2];
ry(pi*0.21947350099) q[3];
ry(pi*-0.024450011571) q[4];
ry(pi*0.037167392175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.205986894046) q[0];
ry(pi*0.242204503357) q[1];
ry(pi*-0.025176655949) q[2];
ry(pi*0.327293633999) q[3];
ry(pi*-0.020986451102) q[4];
ry(pi*0.006306230655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107414429259) q[0];
ry(pi*0.125629870243) q[1];
ry(pi*-0.009546103614) q[2];
ry(pi*0.218471436348) q[3];
ry(pi*0.308557324686) q[4];
ry(pi*0.467924838443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061437655934) q[0];
ry(pi*0.263213349416) q[1];
ry(pi*0.399547549044) q[2];
ry(pi*0.002032330792) q[3];
ry(pi*0.479544242423) q[4];
ry(pi*0.442307834506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.085967815506) q[0];
ry(pi*0.017137113011) q[1];
ry(pi*-0.010231248665) q[2];
ry(pi*-0.060253756478) q[3];
ry(pi*0.209277679188) q[4];
ry(pi*-0.00261019948) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
