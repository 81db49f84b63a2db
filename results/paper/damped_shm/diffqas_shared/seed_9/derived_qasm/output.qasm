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
rx(pi*-0.072642922777) q[0];
rx(pi*0.080415934185) q[1];
rx(pi*0.036553230103) q[2];
rx(pi*0.061368210935) q[3];
rx(pi*0.007525933465) q[4];
rx(pi*-0.000174629672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.192740463115) q[0];
rx(pi*0.152341032539) q[1];
rx(pi*0.123998470073) q[2];
rx(pi*0.066674817317) q[3];
rx(pi*0.004164777216) q[4];
rx(pi*0.000738298834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055603872785) q[0];
rx(pi*0.161048290503) q[1];
rx(pi*0.030167636444) q[2];
rx(pi*0.061143991002) q[3];
rx(pi*0.006041499163) q[4];
rx(pi*0.00055613648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.221226582877) q[0];
rx(pi*0.094311489219) q[1];
rx(pi*0.119271267689) q[2];
rx(pi*0.062480782346) q[3];
rx(pi*0.007549543863) q[4];
rx(pi*-0.004965257006) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.059588225691) q[0];
rx(pi*0.073915790191) q[1];
rx(pi*0.036857545861) q[2];
rx(pi*0.052459585714) q[3];
rx(pi*0.004340881667) q[4];
rx(pi*0.002585808234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
