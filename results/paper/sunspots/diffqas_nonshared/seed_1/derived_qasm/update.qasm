// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.159059595548) q[0];
ry(pi*0.041567592138) q[1];
ry(pi*0.011948077188) q[2];
ry(pi*-0.00830946822) q[3];
ry(pi*0.129046245488) q[4];
ry(pi*0.112248713831) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023329398086) q[0];
ry(pi*-0.083568825397) q[1];
ry(pi*-0.381574551317) q[2];
ry(pi*-0.048156106448) q[3];
ry(pi*-0.064115844256) q[4];
ry(pi*-0.08115504603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055217284078) q[0];
ry(pi*0.078614391157) q[1];
ry(pi*0.076646428673) q[2];
ry(pi*0.044523090883) q[3];
ry(pi*-0.009569205899) q[4];
ry(pi*-0.001481760923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.037995538383) q[0];
ry(pi*0.357992640188) q[1];
ry(pi*0.034001293559) q[2];
ry(pi*0.185441305568) q[3];
ry(pi*-0.049296980455) q[4];
ry(pi*-0.184903826598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.21029217098) q[0];
ry(pi*-0.030421112354) q[1];
ry(pi*-0.122831380471) q[2];
ry(pi*-0.052791864931) q[3];
ry(pi*0.016907855814) q[4];
ry(pi*0.001492798022) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
