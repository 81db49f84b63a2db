// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.024765720464) q[0];
ry(pi*-0.020620931631) q[1];
ry(pi*-0.008884156305) q[2];
ry(pi*0.063211038661) q[3];
ry(pi*0.437325970417) q[4];
ry(pi*0.037255971191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010727566258) q[0];
ry(pi*-0.501591523881) q[1];
ry(pi*-0.084472269696) q[2];
ry(pi*0.060498879635) q[3];
ry(pi*0.011598267153) q[4];
ry(pi*0.041169709903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011618015412) q[0];
ry(pi*0.007388057914) q[1];
ry(pi*0.06549256849) q[2];
ry(pi*-0.099214123114) q[3];
ry(pi*0.229233215213) q[4];
ry(pi*0.236096341073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00748351633) q[0];
ry(pi*-0.016562038356) q[1];
ry(pi*-0.174438421024) q[2];
ry(pi*0.276569063373) q[3];
ry(pi*-0.003980330684) q[4];
ry(pi*-0.018368605604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.023932885616) q[0];
ry(pi*0.053304380507) q[1];
ry(pi*-0.014158351306) q[2];
ry(pi*0.030837768122) q[3];
ry(pi*0.029701672876) q[4];
ry(pi*0.003148448328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
