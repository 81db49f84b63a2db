// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0914646474) q[0];
rx(pi*-4.3582291e-05) q[1];
rx(pi*0.003392195368) q[2];
rx(pi*-0.004956685771) q[3];
rx(pi*-0.001184989203) q[4];
rx(pi*-0.001069719756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100225588753) q[0];
rx(pi*-0.00105498638) q[1];
rx(pi*-0.001776888831) q[2];
rx(pi*0.00226431043) q[3];
rx(pi*-0.00355726272) q[4];
rx(pi*0.001634058578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08047601139) q[0];
rx(pi*0.006085937489) q[1];
rx(pi*-0.000191885923) q[2];
rx(pi*-0.001506616704) q[3];
rx(pi*-0.004215798491) q[4];
rx(pi*-0.000575217321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095301060307) q[0];
rx(pi*-0.002701554149) q[1];
rx(pi*0.003721697449) q[2];
rx(pi*-0.001160802804) q[3];
rx(pi*0.000271208462) q[4];
rx(pi*0.000815691784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093308181862) q[0];
rx(pi*-0.001588991187) q[1];
rx(pi*0.000137895264) q[2];
rx(pi*0.000800511437) q[3];
rx(pi*0.001933889949) q[4];
rx(pi*-0.005922515726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
