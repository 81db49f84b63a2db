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
rz(pi*0.030359911972) q[0];
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
ry(pi*0.063524278726) q[0];
ry(pi*0.002627358848) q[1];
ry(pi*-0.10844310318) q[2];
ry(pi*-0.247530381308) q[3];
ry(pi*-0.008991473281) q[4];
ry(pi*0.000407582126) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06038663686) q[0];
ry(pi*-0.004120703819) q[1];
ry(pi*-0.001088125915) q[2];
ry(pi*-0.003779568776) q[3];
ry(pi*-0.00297581589) q[4];
ry(pi*-0.003502922991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012165099335) q[0];
ry(pi*-0.003910371345) q[1];
ry(pi*0.093913716077) q[2];
ry(pi*-0.011152175166) q[3];
ry(pi*0.001652716941) q[4];
ry(pi*-0.000527376759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057485950383) q[0];
ry(pi*-0.0021126285) q[1];
ry(pi*-0.025003721726) q[2];
ry(pi*-0.020144267433) q[3];
ry(pi*-0.000909966478) q[4];
ry(pi*0.000279987304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047952822942) q[0];
ry(pi*0.022193060937) q[1];
ry(pi*-0.109057962501) q[2];
ry(pi*-0.249888200555) q[3];
ry(pi*0.039773823193) q[4];
ry(pi*0.004854253092) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
