// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002562289735) q[0];
rx(pi*-0.001212273867) q[1];
rx(pi*0.005028940813) q[2];
rx(pi*0.005273214939) q[3];
rx(pi*-0.002167264973) q[4];
rx(pi*0.001776304678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006618462792) q[0];
rx(pi*-0.003333272239) q[1];
rx(pi*-0.000817879283) q[2];
rx(pi*0.003931653432) q[3];
rx(pi*0.00227488329) q[4];
rx(pi*-0.003204357162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004641129253) q[0];
rx(pi*0.001334724944) q[1];
rx(pi*0.003855359567) q[2];
rx(pi*-0.007688233463) q[3];
rx(pi*0.001295154166) q[4];
rx(pi*0.001572337413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001553211846) q[0];
rx(pi*0.002374843879) q[1];
rx(pi*-0.001043524246) q[2];
rx(pi*0.004621906598) q[3];
rx(pi*-0.000960169851) q[4];
rx(pi*0.002769360378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000869199157) q[0];
rx(pi*-0.003076818201) q[1];
rx(pi*0.004732902805) q[2];
rx(pi*-0.004029097761) q[3];
rx(pi*-0.002353694305) q[4];
rx(pi*0.000442067726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
