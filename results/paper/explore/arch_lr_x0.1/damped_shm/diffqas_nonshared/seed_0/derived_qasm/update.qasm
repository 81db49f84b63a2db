// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.413697576057) q[0];
ry(pi*-0.062723092793) q[1];
ry(pi*0.132659557855) q[2];
ry(pi*-0.319683209553) q[3];
ry(pi*-0.05198651448) q[4];
ry(pi*-0.044297908083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009818538042) q[0];
ry(pi*0.208072644091) q[1];
ry(pi*-0.153311811121) q[2];
ry(pi*0.289308030222) q[3];
ry(pi*0.090999539977) q[4];
ry(pi*0.009371902367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014998587896) q[0];
ry(pi*-0.003443000532) q[1];
ry(pi*-0.09536271225) q[2];
ry(pi*0.030523906701) q[3];
ry(pi*-0.356737517037) q[4];
ry(pi*-0.00418824769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.1424226682) q[0];
ry(pi*0.534294469627) q[1];
ry(pi*-0.003158425918) q[2];
ry(pi*-0.50324940052) q[3];
ry(pi*0.459275390443) q[4];
ry(pi*0.207931373012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.045370717359) q[0];
ry(pi*-0.145688172156) q[1];
ry(pi*-0.277585167849) q[2];
ry(pi*0.044464559956) q[3];
ry(pi*-0.376108161196) q[4];
ry(pi*-0.003757261864) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
