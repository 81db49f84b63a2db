// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.293099107748) q[0];
rx(pi*-0.04797341786) q[1];
rx(pi*0.053212803797) q[2];
rx(pi*0.121246454047) q[3];
rx(pi*0.068920649921) q[4];
rx(pi*0.003786396001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.246638813948) q[0];
rx(pi*0.180655012561) q[1];
rx(pi*0.157394698993) q[2];
rx(pi*0.026117995941) q[3];
rx(pi*0.098157796413) q[4];
rx(pi*-0.005345490436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062900910128) q[0];
rx(pi*0.158885681857) q[1];
rx(pi*0.097216615319) q[2];
rx(pi*0.115438791628) q[3];
rx(pi*0.070443910172) q[4];
rx(pi*0.003241780906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.248664648056) q[0];
rx(pi*0.080247759749) q[1];
rx(pi*0.125216207425) q[2];
rx(pi*0.023500956786) q[3];
rx(pi*0.091395842731) q[4];
rx(pi*0.003152039217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0940911587) q[0];
rx(pi*-0.048837631261) q[1];
rx(pi*0.055247237303) q[2];
rx(pi*0.125036450127) q[3];
rx(pi*0.070643204657) q[4];
rx(pi*-0.002393087806) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
