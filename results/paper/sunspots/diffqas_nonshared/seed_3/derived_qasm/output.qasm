// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002836908696) q[0];
ry(pi*-0.167121998277) q[1];
ry(pi*0.009068949089) q[2];
ry(pi*0.006510736124) q[3];
ry(pi*0.00062390569) q[4];
ry(pi*-0.001134901742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003509559599) q[0];
ry(pi*-0.50090398945) q[1];
ry(pi*0.001571826928) q[2];
ry(pi*0.001154565365) q[3];
ry(pi*-0.497441273269) q[4];
ry(pi*0.498877320542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499430983265) q[0];
ry(pi*0.500242940975) q[1];
ry(pi*-0.501057972271) q[2];
ry(pi*0.008141341809) q[3];
ry(pi*0.499868305099) q[4];
ry(pi*0.004573471545) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026535628807) q[0];
ry(pi*0.002832137346) q[1];
ry(pi*0.003080510179) q[2];
ry(pi*-0.001417747168) q[3];
ry(pi*0.000387179382) q[4];
ry(pi*0.00034496739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00095049249) q[0];
ry(pi*0.194987196924) q[1];
ry(pi*0.000557688207) q[2];
ry(pi*0.573113849775) q[3];
ry(pi*-0.499910462545) q[4];
ry(pi*-0.002335248644) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
