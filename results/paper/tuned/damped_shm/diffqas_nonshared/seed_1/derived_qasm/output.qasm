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
rx(pi*0.303628868882) q[0];
rx(pi*0.112863468801) q[1];
rx(pi*0.169399031564) q[2];
rx(pi*-0.033431195694) q[3];
rx(pi*-0.12529261068) q[4];
rx(pi*-0.001070945203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.30009475825) q[0];
rx(pi*0.172814088203) q[1];
rx(pi*0.057951233304) q[2];
rx(pi*-0.03620640116) q[3];
rx(pi*-0.091460663123) q[4];
rx(pi*0.001632185167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013947440756) q[0];
rx(pi*0.052494443395) q[1];
rx(pi*0.038509982065) q[2];
rx(pi*-0.035907786713) q[3];
rx(pi*-0.128323526097) q[4];
rx(pi*-0.000578036701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.351492614774) q[0];
rx(pi*0.131782485674) q[1];
rx(pi*-0.04066096516) q[2];
rx(pi*-0.044092542319) q[3];
rx(pi*-0.08763093811) q[4];
rx(pi*0.000814943176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085080507528) q[0];
rx(pi*0.037068774204) q[1];
rx(pi*0.166142852713) q[2];
rx(pi*-0.027672053705) q[3];
rx(pi*-0.122174932888) q[4];
rx(pi*-0.005922629563) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
