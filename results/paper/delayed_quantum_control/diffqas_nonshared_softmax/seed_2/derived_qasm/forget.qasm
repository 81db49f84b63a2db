// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-1.052587930977) q[0];
ry(pi*-0.055879143638) q[1];
ry(pi*0.030414467149) q[2];
ry(pi*0.494832406624) q[3];
ry(pi*0.510675751368) q[4];
ry(pi*0.006801007898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007035761856) q[0];
ry(pi*-0.079225038528) q[1];
ry(pi*-0.154318087713) q[2];
ry(pi*-0.059619326768) q[3];
ry(pi*-0.008343682013) q[4];
ry(pi*-0.348248312863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002490582531) q[0];
ry(pi*0.008473248686) q[1];
ry(pi*-0.006708745798) q[2];
ry(pi*0.000277106077) q[3];
ry(pi*0.010807617024) q[4];
ry(pi*-0.060213747697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007984330464) q[0];
ry(pi*0.441659270099) q[1];
ry(pi*0.616099835044) q[2];
ry(pi*0.002036378064) q[3];
ry(pi*-0.009505869531) q[4];
ry(pi*-0.003131473648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006009444113) q[0];
ry(pi*-0.466905736274) q[1];
ry(pi*0.476296411582) q[2];
ry(pi*0.493100118869) q[3];
ry(pi*0.49949495937) q[4];
ry(pi*0.002935830527) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
