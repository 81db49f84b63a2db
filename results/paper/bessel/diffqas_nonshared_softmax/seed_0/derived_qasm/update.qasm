// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.273409360945) q[0];
ry(pi*0.021457387902) q[1];
ry(pi*-0.014412619327) q[2];
ry(pi*-0.017823710662) q[3];
ry(pi*-0.001912514629) q[4];
ry(pi*-0.002659350458) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006133233584) q[0];
ry(pi*0.043185754073) q[1];
ry(pi*-0.432274893744) q[2];
ry(pi*-0.005338890884) q[3];
ry(pi*0.007293982138) q[4];
ry(pi*-0.001604952604) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.234416493992) q[0];
ry(pi*0.398938637679) q[1];
ry(pi*0.403465231715) q[2];
ry(pi*-0.000270201276) q[3];
ry(pi*-0.029435629893) q[4];
ry(pi*-0.000756346363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00126903892) q[0];
ry(pi*0.42865121277) q[1];
ry(pi*0.06455898598) q[2];
ry(pi*-0.499497008427) q[3];
ry(pi*0.50711680541) q[4];
ry(pi*0.025052088003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.06880588377) q[0];
ry(pi*0.007317249841) q[1];
ry(pi*0.023850714646) q[2];
ry(pi*0.079779474391) q[3];
ry(pi*0.003675872927) q[4];
ry(pi*-0.003757456928) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
