// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.000506725554) q[0];
ry(pi*0.501598354071) q[1];
ry(pi*0.504976072343) q[2];
ry(pi*-0.49754975944) q[3];
ry(pi*0.006536993814) q[4];
ry(pi*-0.006475006882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013650757971) q[0];
ry(pi*0.007959402053) q[1];
ry(pi*-0.002106369716) q[2];
ry(pi*-0.00170828471) q[3];
ry(pi*-0.488412446205) q[4];
ry(pi*0.005111168108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.503426340365) q[0];
ry(pi*-0.490439532514) q[1];
ry(pi*0.499712007604) q[2];
ry(pi*0.000353704229) q[3];
ry(pi*0.001484979323) q[4];
ry(pi*0.049198165642) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00251651472) q[0];
ry(pi*0.00523761495) q[1];
ry(pi*0.069533507617) q[2];
ry(pi*0.068115294727) q[3];
ry(pi*0.495719306688) q[4];
ry(pi*-0.504089020497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.320008326557) q[0];
ry(pi*-0.00014357801) q[1];
ry(pi*-0.007159026612) q[2];
ry(pi*-0.42991813697) q[3];
ry(pi*0.498224809803) q[4];
ry(pi*0.002178343872) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
