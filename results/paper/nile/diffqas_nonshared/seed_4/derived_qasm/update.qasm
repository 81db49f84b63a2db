// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.149344922628) q[0];
ry(pi*-0.001602101504) q[1];
ry(pi*0.011879457503) q[2];
ry(pi*0.013257091243) q[3];
ry(pi*-0.231496417367) q[4];
ry(pi*-0.026455257876) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.189751572334) q[0];
ry(pi*0.008515985393) q[1];
ry(pi*0.147453709652) q[2];
ry(pi*0.025320108895) q[3];
ry(pi*0.008592970874) q[4];
ry(pi*-0.186388709724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.059736483485) q[0];
ry(pi*0.340180872871) q[1];
ry(pi*-0.22608576918) q[2];
ry(pi*-0.03832633061) q[3];
ry(pi*0.206494149428) q[4];
ry(pi*0.198760819523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04102541267) q[0];
ry(pi*0.272977465316) q[1];
ry(pi*-0.014071347028) q[2];
ry(pi*0.467299724352) q[3];
ry(pi*-0.565109475196) q[4];
ry(pi*-0.043757554743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.029837828428) q[0];
ry(pi*-0.087306788716) q[1];
ry(pi*0.125165341488) q[2];
ry(pi*-0.08465185624) q[3];
ry(pi*-0.185953038518) q[4];
ry(pi*-0.001425972003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
