// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.000769668938) q[0];
rz(pi*0.002252851186) q[1];
rz(pi*0.004737243414) q[2];
rz(pi*-0.001682367936) q[3];
rz(pi*0.00245503279) q[4];
rz(pi*0.004050410975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008238864104) q[0];
rz(pi*0.002043897498) q[1];
rz(pi*0.007464859004) q[2];
rz(pi*-0.002690913699) q[3];
rz(pi*-0.004866795264) q[4];
rz(pi*-0.000635246502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-6.05102e-06) q[0];
rz(pi*-0.000127424373) q[1];
rz(pi*0.003895239393) q[2];
rz(pi*-0.003605786115) q[3];
rz(pi*-0.000673203633) q[4];
rz(pi*-0.004958096276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001691355979) q[0];
rz(pi*0.003742412725) q[1];
rz(pi*0.00382956582) q[2];
rz(pi*-0.001742532002) q[3];
rz(pi*0.002865432147) q[4];
rz(pi*-0.003259585051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007780029546) q[0];
rz(pi*0.003944442546) q[1];
rz(pi*-0.004029564372) q[2];
rz(pi*0.00049460571) q[3];
rz(pi*0.001389318878) q[4];
rz(pi*-1.9271587e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
