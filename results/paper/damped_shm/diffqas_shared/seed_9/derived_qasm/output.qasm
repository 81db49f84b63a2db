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
rx(pi*-0.019072583479) q[0];
rx(pi*0.012850570479) q[1];
rx(pi*0.002549963674) q[2];
rx(pi*0.086107616198) q[3];
rx(pi*0.002053820245) q[4];
rx(pi*-0.000174806448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007539117153) q[0];
rx(pi*0.09258915267) q[1];
rx(pi*-0.196854551671) q[2];
rx(pi*0.101061546989) q[3];
rx(pi*-0.001581123278) q[4];
rx(pi*0.000738046333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016512578774) q[0];
rx(pi*-0.146955893211) q[1];
rx(pi*-0.005079504371) q[2];
rx(pi*0.065739674299) q[3];
rx(pi*0.000568465876) q[4];
rx(pi*0.000556025646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007936520326) q[0];
rx(pi*0.010082739482) q[1];
rx(pi*-0.150149186889) q[2];
rx(pi*0.077830024565) q[3];
rx(pi*0.001803056697) q[4];
rx(pi*-0.004965505431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.018020713002) q[0];
rx(pi*0.001188995788) q[1];
rx(pi*0.002854121425) q[2];
rx(pi*0.077198990977) q[3];
rx(pi*-0.001132487831) q[4];
rx(pi*0.002585784518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
