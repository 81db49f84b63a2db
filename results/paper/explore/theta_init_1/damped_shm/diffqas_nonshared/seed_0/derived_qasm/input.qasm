// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.136495314956) q[0];
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
ry(pi*-0.008679088769) q[0];
ry(pi*0.540222694372) q[1];
ry(pi*0.041342523175) q[2];
ry(pi*-0.240108261382) q[3];
ry(pi*-0.108251620724) q[4];
ry(pi*-0.251040529359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.498509476909) q[0];
ry(pi*-0.494995572254) q[1];
ry(pi*-0.486531070598) q[2];
ry(pi*-0.456018073227) q[3];
ry(pi*-0.365170827496) q[4];
ry(pi*0.0890953781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.334287671818) q[0];
ry(pi*0.393883538784) q[1];
ry(pi*0.181570618392) q[2];
ry(pi*0.290264522324) q[3];
ry(pi*0.383554736993) q[4];
ry(pi*-0.118575679327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029461617814) q[0];
ry(pi*0.354461887733) q[1];
ry(pi*-0.020565915406) q[2];
ry(pi*0.005073702268) q[3];
ry(pi*-0.001944739989) q[4];
ry(pi*-0.013517540823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007574473461) q[0];
ry(pi*-0.564333831325) q[1];
ry(pi*0.372536655279) q[2];
ry(pi*-0.486931775029) q[3];
ry(pi*-0.498395185077) q[4];
ry(pi*-0.126101200727) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
