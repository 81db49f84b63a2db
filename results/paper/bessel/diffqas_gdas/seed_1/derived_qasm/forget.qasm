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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.048633641021) q[0];
rx(pi*-0.070976503659) q[1];
rx(pi*-0.047626240293) q[2];
rx(pi*0.037382951048) q[3];
rx(pi*0.024616193868) q[4];
rx(pi*0.036711050161) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.074511444348) q[0];
rx(pi*0.049924561003) q[1];
rx(pi*-0.067501787214) q[2];
rx(pi*0.029118974734) q[3];
rx(pi*0.036459466784) q[4];
rx(pi*-0.021009552794) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.083750290242) q[0];
rx(pi*0.046141575354) q[1];
rx(pi*-0.072143109455) q[2];
rx(pi*0.187253221945) q[3];
rx(pi*-0.049610400761) q[4];
rx(pi*0.218302597866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.041300066909) q[0];
rx(pi*0.0250321097) q[1];
rx(pi*-0.073457413349) q[2];
rx(pi*-0.047045631525) q[3];
rx(pi*-0.042776867644) q[4];
rx(pi*0.031760374897) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.037387058648) q[0];
rx(pi*0.00191785857) q[1];
rx(pi*-0.022130185251) q[2];
rx(pi*-0.007484580582) q[3];
rx(pi*-0.029930847067) q[4];
rx(pi*-0.002117099398) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
