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
ry(pi*0.032244853496) q[0];
ry(pi*0.068945010929) q[1];
ry(pi*-0.111422317859) q[2];
ry(pi*-0.10583527055) q[3];
ry(pi*-0.029753259777) q[4];
ry(pi*0.13041289045) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04862707645) q[0];
ry(pi*0.233831886718) q[1];
ry(pi*0.084180032464) q[2];
ry(pi*-0.36853833843) q[3];
ry(pi*-0.033327343616) q[4];
ry(pi*0.048493517793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.194030780713) q[0];
ry(pi*0.064386068358) q[1];
ry(pi*0.260001927277) q[2];
ry(pi*0.0462014154) q[3];
ry(pi*-0.024748761199) q[4];
ry(pi*-0.177833764979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062398070652) q[0];
ry(pi*0.331428858196) q[1];
ry(pi*-0.075338651404) q[2];
ry(pi*0.201091242122) q[3];
ry(pi*-0.430680537864) q[4];
ry(pi*0.068455523525) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.182783356425) q[0];
ry(pi*0.045420577739) q[1];
ry(pi*-0.11997253839) q[2];
ry(pi*0.116027819553) q[3];
ry(pi*0.018632694394) q[4];
ry(pi*-0.001418185172) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
