// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.192783872762) q[0];
ry(pi*-0.202395428798) q[1];
ry(pi*-0.269979562481) q[2];
ry(pi*-0.000753854263) q[3];
ry(pi*-0.507521683846) q[4];
ry(pi*-0.247485453841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112690949607) q[0];
ry(pi*-0.043468832211) q[1];
ry(pi*0.066454946887) q[2];
ry(pi*0.107513552379) q[3];
ry(pi*0.01489612913) q[4];
ry(pi*0.244045049611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029172048624) q[0];
ry(pi*0.063223133788) q[1];
ry(pi*0.137995111907) q[2];
ry(pi*0.026302655323) q[3];
ry(pi*0.080618790803) q[4];
ry(pi*-0.003923668573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053460592625) q[0];
ry(pi*0.160278907638) q[1];
ry(pi*-0.127244783095) q[2];
ry(pi*-0.122712724907) q[3];
ry(pi*-0.18904254178) q[4];
ry(pi*-0.002089980375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.039763895703) q[0];
ry(pi*-0.206727741898) q[1];
ry(pi*-0.270212263231) q[2];
ry(pi*-0.305931060032) q[3];
ry(pi*-0.024840999584) q[4];
ry(pi*-0.00108056609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
