// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000981487808) q[0];
rx(pi*-0.102914786011) q[1];
rx(pi*0.094991311228) q[2];
rx(pi*-0.002085703503) q[3];
rx(pi*0.092177899391) q[4];
rx(pi*-0.000744790552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.40198000708) q[0];
rx(pi*-0.0988465451) q[1];
rx(pi*0.119643389676) q[2];
rx(pi*0.004900207162) q[3];
rx(pi*0.127183804684) q[4];
rx(pi*-0.002300221839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.068612641591) q[0];
rx(pi*-0.095292237979) q[1];
rx(pi*0.005621646486) q[2];
rx(pi*0.015290240531) q[3];
rx(pi*0.075116404637) q[4];
rx(pi*0.001502716471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067438868839) q[0];
rx(pi*-0.079879356421) q[1];
rx(pi*0.177256082757) q[2];
rx(pi*0.006652644569) q[3];
rx(pi*0.13021323074) q[4];
rx(pi*-0.003921134822) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.04331511501) q[0];
rx(pi*-0.083203391303) q[1];
rx(pi*0.099220042611) q[2];
rx(pi*-0.001911009853) q[3];
rx(pi*0.073530316132) q[4];
rx(pi*0.000253337152) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
