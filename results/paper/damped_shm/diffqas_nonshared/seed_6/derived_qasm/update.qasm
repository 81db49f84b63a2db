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
ry(pi*0.160554600635) q[0];
ry(pi*0.151800574849) q[1];
ry(pi*0.064185113758) q[2];
ry(pi*-0.063314871766) q[3];
ry(pi*0.278678339625) q[4];
ry(pi*-0.085588607198) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09393631262) q[0];
ry(pi*-0.047309931387) q[1];
ry(pi*-0.191470768894) q[2];
ry(pi*-0.099993694344) q[3];
ry(pi*0.114574089679) q[4];
ry(pi*-0.073776074876) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042003457814) q[0];
ry(pi*0.10483788269) q[1];
ry(pi*0.055731715902) q[2];
ry(pi*-0.197053575794) q[3];
ry(pi*0.047443575422) q[4];
ry(pi*0.154394490968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037178424828) q[0];
ry(pi*0.331093837417) q[1];
ry(pi*-0.087649218352) q[2];
ry(pi*0.380303453112) q[3];
ry(pi*0.305152949704) q[4];
ry(pi*0.132262809241) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.143638811841) q[0];
ry(pi*-0.01800028291) q[1];
ry(pi*0.105934763639) q[2];
ry(pi*0.165123959244) q[3];
ry(pi*0.035323324105) q[4];
ry(pi*0.001176094468) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
