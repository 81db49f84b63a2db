// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.133412519806) q[0];
ry(pi*0.093802640126) q[1];
ry(pi*0.121392629582) q[2];
ry(pi*0.091936186585) q[3];
ry(pi*0.092911442735) q[4];
ry(pi*0.409929474528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.096339609543) q[0];
ry(pi*-0.127932118312) q[1];
ry(pi*0.192406030492) q[2];
ry(pi*-0.080076170219) q[3];
ry(pi*-0.006814726974) q[4];
ry(pi*0.086714924365) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.139449932714) q[0];
ry(pi*-0.345401110562) q[1];
ry(pi*-0.556781387595) q[2];
ry(pi*0.217361113207) q[3];
ry(pi*-0.079942782316) q[4];
ry(pi*-0.323628592436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001969584951) q[0];
ry(pi*0.130312221051) q[1];
ry(pi*0.010088128928) q[2];
ry(pi*0.149559456973) q[3];
ry(pi*0.011625844042) q[4];
ry(pi*0.043756236137) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008414005096) q[0];
ry(pi*-0.018174264192) q[1];
ry(pi*0.118025175566) q[2];
ry(pi*0.345893035964) q[3];
ry(pi*0.15864182513) q[4];
ry(pi*0.009275921608) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
