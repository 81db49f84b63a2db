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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003482448729) q[0];
ry(pi*0.4159172737) q[1];
ry(pi*-0.04903160389) q[2];
ry(pi*-0.025053925988) q[3];
ry(pi*-0.487496100437) q[4];
ry(pi*-0.103247131632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.127687350894) q[0];
ry(pi*0.277984240624) q[1];
ry(pi*-0.551686939221) q[2];
ry(pi*0.118709607953) q[3];
ry(pi*0.117231222994) q[4];
ry(pi*0.099265216724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101393152673) q[0];
ry(pi*0.163625188067) q[1];
ry(pi*0.478982345527) q[2];
ry(pi*0.043824988631) q[3];
ry(pi*-0.036907076591) q[4];
ry(pi*-0.007821809908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.049347272466) q[0];
ry(pi*0.07652018401) q[1];
ry(pi*0.394026593301) q[2];
ry(pi*0.270937534457) q[3];
ry(pi*0.256160856561) q[4];
ry(pi*-0.250558526704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.221621197056) q[0];
ry(pi*-0.009951961518) q[1];
ry(pi*-0.041313898042) q[2];
ry(pi*-0.001580072513) q[3];
ry(pi*-0.018899491544) q[4];
ry(pi*0.002059355692) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
