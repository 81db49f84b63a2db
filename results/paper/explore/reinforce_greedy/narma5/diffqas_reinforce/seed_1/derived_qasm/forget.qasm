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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00362195386) q[0];
rz(pi*5.0997958e-05) q[1];
rz(pi*0.001507514353) q[2];
rz(pi*-0.004250036593) q[3];
rz(pi*0.002028963574) q[4];
rz(pi*-9.7350095e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00154274719) q[0];
rz(pi*0.005094092043) q[1];
rz(pi*-0.007260195824) q[2];
rz(pi*0.00083062393) q[3];
rz(pi*-0.003498604616) q[4];
rz(pi*0.001885020598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004180406609) q[0];
rz(pi*-0.001576905843) q[1];
rz(pi*0.000645321624) q[2];
rz(pi*0.001952861066) q[3];
rz(pi*0.000238076931) q[4];
rz(pi*-0.002523659145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001761947793) q[0];
rz(pi*0.002815460005) q[1];
rz(pi*-1.7504877e-05) q[2];
rz(pi*-0.005359747863) q[3];
rz(pi*0.002685461702) q[4];
rz(pi*0.001324960057) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002780168026) q[0];
rz(pi*-0.001071518461) q[1];
rz(pi*0.002636104099) q[2];
rz(pi*-0.003377474591) q[3];
rz(pi*0.001814365789) q[4];
rz(pi*-0.001560929011) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
