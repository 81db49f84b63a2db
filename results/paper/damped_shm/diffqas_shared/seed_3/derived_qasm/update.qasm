// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.012685875171) q[0];
ry(pi*-0.24420316849) q[1];
ry(pi*-0.107927964621) q[2];
ry(pi*0.009683669672) q[3];
ry(pi*-0.142093860996) q[4];
ry(pi*-0.055634442624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.05962834831) q[0];
ry(pi*0.184219840071) q[1];
ry(pi*-0.114655615576) q[2];
ry(pi*0.444204160638) q[3];
ry(pi*-0.051287382957) q[4];
ry(pi*0.273359936937) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.23114580099) q[0];
ry(pi*0.14324069719) q[1];
ry(pi*0.297868647818) q[2];
ry(pi*0.187901349979) q[3];
ry(pi*0.050851242176) q[4];
ry(pi*-0.049132472503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055562426817) q[0];
ry(pi*0.07993196785) q[1];
ry(pi*0.010841470335) q[2];
ry(pi*-0.053593971042) q[3];
ry(pi*0.031982367903) q[4];
ry(pi*0.153389542468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.117914004751) q[0];
ry(pi*-0.166265378718) q[1];
ry(pi*-0.427187161722) q[2];
ry(pi*0.169740009785) q[3];
ry(pi*0.045678569163) q[4];
ry(pi*-0.004648205791) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
