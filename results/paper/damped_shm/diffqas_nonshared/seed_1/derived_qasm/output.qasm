// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.13437112737) q[0];
ry(pi*0.092937274131) q[1];
ry(pi*-0.034587722218) q[2];
ry(pi*0.04953970356) q[3];
ry(pi*0.213715272065) q[4];
ry(pi*0.349689558669) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.123767448411) q[0];
ry(pi*-0.04363605801) q[1];
ry(pi*-0.086030672219) q[2];
ry(pi*-0.087971546363) q[3];
ry(pi*0.054024339364) q[4];
ry(pi*0.026949125613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.215827489093) q[0];
ry(pi*-0.113520419163) q[1];
ry(pi*-0.144463357969) q[2];
ry(pi*-0.023417222935) q[3];
ry(pi*0.250965473169) q[4];
ry(pi*-0.051367225022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.147336714203) q[0];
ry(pi*0.163774124137) q[1];
ry(pi*0.133787497192) q[2];
ry(pi*0.089835362692) q[3];
ry(pi*-0.071536332525) q[4];
ry(pi*0.217411523798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030800223426) q[0];
ry(pi*-0.202541765601) q[1];
ry(pi*-0.207459596668) q[2];
ry(pi*-0.454792964963) q[3];
ry(pi*-0.337895225956) q[4];
ry(pi*0.001336276559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
