// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.08866482005) q[0];
ry(pi*0.811931376159) q[1];
ry(pi*-0.196978918032) q[2];
ry(pi*0.173249854272) q[3];
ry(pi*-0.053317101735) q[4];
ry(pi*0.009112713289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016086827944) q[0];
ry(pi*-0.082205320424) q[1];
ry(pi*-0.256297479317) q[2];
ry(pi*-0.200094262176) q[3];
ry(pi*-0.04459162519) q[4];
ry(pi*0.010883719087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098766157568) q[0];
ry(pi*0.496244016998) q[1];
ry(pi*-0.130847755314) q[2];
ry(pi*-0.883710517166) q[3];
ry(pi*-0.241009903271) q[4];
ry(pi*-0.064592838106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.143684052358) q[0];
ry(pi*0.513396784897) q[1];
ry(pi*0.068723361804) q[2];
ry(pi*-0.15726272456) q[3];
ry(pi*-0.261810485478) q[4];
ry(pi*-0.24968025924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.180485339279) q[0];
ry(pi*-0.012662385724) q[1];
ry(pi*0.099626619108) q[2];
ry(pi*0.190028043214) q[3];
ry(pi*-1.078984183608) q[4];
ry(pi*-0.003634729634) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
