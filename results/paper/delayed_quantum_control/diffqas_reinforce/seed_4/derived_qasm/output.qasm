// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.002914760105) q[0];
ry(pi*-0.000678659409) q[1];
ry(pi*-0.07231271159) q[2];
ry(pi*-0.128972564823) q[3];
ry(pi*-0.50828180801) q[4];
ry(pi*-0.00018502785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.495167085894) q[0];
ry(pi*0.000868824816) q[1];
ry(pi*-0.000820769144) q[2];
ry(pi*-0.044125516955) q[3];
ry(pi*-0.030576162391) q[4];
ry(pi*-0.001735929485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002320705292) q[0];
ry(pi*0.000911681066) q[1];
ry(pi*0.000118464317) q[2];
ry(pi*-0.00102567015) q[3];
ry(pi*-0.000242839516) q[4];
ry(pi*0.001444946826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00053194141) q[0];
ry(pi*-0.00631795522) q[1];
ry(pi*-0.008859211292) q[2];
ry(pi*0.000513102842) q[3];
ry(pi*-0.035807795589) q[4];
ry(pi*-0.368671792737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.288382236025) q[0];
ry(pi*0.499009522648) q[1];
ry(pi*0.513049469778) q[2];
ry(pi*0.006852266334) q[3];
ry(pi*-0.23722666149) q[4];
ry(pi*-0.005427162779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
