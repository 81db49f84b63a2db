// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.198963201822) q[0];
ry(pi*0.31573976189) q[1];
ry(pi*0.194299283038) q[2];
ry(pi*0.404043179556) q[3];
ry(pi*-0.072017211045) q[4];
ry(pi*-0.10396274573) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.124412332105) q[0];
ry(pi*-0.077250440325) q[1];
ry(pi*0.172204797384) q[2];
ry(pi*-0.037494271274) q[3];
ry(pi*0.115646182733) q[4];
ry(pi*0.208420831957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020801547446) q[0];
ry(pi*-0.03426617209) q[1];
ry(pi*-0.128042663026) q[2];
ry(pi*0.225075280638) q[3];
ry(pi*-0.119752663217) q[4];
ry(pi*-0.230037716634) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.230981041649) q[0];
ry(pi*0.399498713191) q[1];
ry(pi*0.00816555815) q[2];
ry(pi*0.484696785351) q[3];
ry(pi*0.471033940554) q[4];
ry(pi*0.023059166869) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010362863801) q[0];
ry(pi*0.161467493363) q[1];
ry(pi*0.414756293323) q[2];
ry(pi*-0.107267779406) q[3];
ry(pi*-0.049983310117) q[4];
ry(pi*0.003096518435) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
