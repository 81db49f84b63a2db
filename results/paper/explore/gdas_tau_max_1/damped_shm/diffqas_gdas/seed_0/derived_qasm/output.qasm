// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.364055457605) q[0];
rx(pi*-0.115968302043) q[1];
rx(pi*0.117300890923) q[2];
rx(pi*0.028729215206) q[3];
rx(pi*-0.138666168507) q[4];
rx(pi*-0.001516383816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.061535375071) q[0];
rx(pi*-0.470017418678) q[1];
rx(pi*0.098438336947) q[2];
rx(pi*-0.083214158338) q[3];
rx(pi*-0.141824789488) q[4];
rx(pi*0.00197151276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072243522722) q[0];
rx(pi*0.18369374475) q[1];
rx(pi*0.098406168654) q[2];
rx(pi*0.037600222212) q[3];
rx(pi*-0.136659392524) q[4];
rx(pi*0.000988348606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.440155793681) q[0];
rx(pi*-0.027597120838) q[1];
rx(pi*0.072447840242) q[2];
rx(pi*-0.077190315688) q[3];
rx(pi*-0.139567734504) q[4];
rx(pi*-0.002947302221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.293539749813) q[0];
rx(pi*-0.068736619011) q[1];
rx(pi*0.11334860196) q[2];
rx(pi*0.035293015141) q[3];
rx(pi*-0.1270845867) q[4];
rx(pi*-0.000664391236) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
