// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
ry(pi*0.042951137075) q[0];
ry(pi*-0.334066108071) q[1];
ry(pi*0.062182279363) q[2];
ry(pi*0.133912802704) q[3];
ry(pi*-0.083816106704) q[4];
ry(pi*0.046976181782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017152544969) q[0];
ry(pi*0.052896205556) q[1];
ry(pi*0.210490986403) q[2];
ry(pi*0.046157004941) q[3];
ry(pi*-0.352007193636) q[4];
ry(pi*0.038009440663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036131525211) q[0];
ry(pi*0.299686085265) q[1];
ry(pi*-0.053987887972) q[2];
ry(pi*-0.042140194406) q[3];
ry(pi*0.023237759715) q[4];
ry(pi*0.00515654262) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.322930471212) q[0];
ry(pi*0.130215099555) q[1];
ry(pi*-0.332591052828) q[2];
ry(pi*0.014699860798) q[3];
ry(pi*0.074817811534) q[4];
ry(pi*0.032305938629) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00784919114) q[0];
ry(pi*-0.173759898649) q[1];
ry(pi*0.103667567721) q[2];
ry(pi*0.369709526145) q[3];
ry(pi*-0.065639123479) q[4];
ry(pi*0.000705015076) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
