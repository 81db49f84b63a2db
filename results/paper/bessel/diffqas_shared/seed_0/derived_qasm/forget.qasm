// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.150956458331) q[0];
rx(pi*0.040285190919) q[1];
rx(pi*0.021227030286) q[2];
rx(pi*-0.125947502498) q[3];
rx(pi*-0.196796836572) q[4];
rx(pi*0.071869256815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.301202406233) q[0];
rx(pi*-0.21012782904) q[1];
rx(pi*0.066804054931) q[2];
rx(pi*0.047940761018) q[3];
rx(pi*-0.162052555984) q[4];
rx(pi*-0.008616440163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.077518548966) q[0];
rx(pi*-0.007570008343) q[1];
rx(pi*-0.123118438144) q[2];
rx(pi*-0.194164216048) q[3];
rx(pi*0.054095273724) q[4];
rx(pi*-0.005678589038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.209532615999) q[0];
rx(pi*0.02155354653) q[1];
rx(pi*-0.046831419717) q[2];
rx(pi*0.094670263878) q[3];
rx(pi*0.168130248034) q[4];
rx(pi*0.135854530621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.083083872479) q[0];
rx(pi*0.007748739334) q[1];
rx(pi*0.032017728362) q[2];
rx(pi*-0.028360449024) q[3];
rx(pi*0.011525733153) q[4];
rx(pi*0.000700950906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
