// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.070675472557) q[0];
rx(pi*0.068673890364) q[1];
rx(pi*0.003439909457) q[2];
rx(pi*-0.001051660739) q[3];
rx(pi*0.005611194281) q[4];
rx(pi*-0.001097942089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141894324608) q[0];
rx(pi*0.069679284724) q[1];
rx(pi*0.00194813537) q[2];
rx(pi*0.000595067299) q[3];
rx(pi*0.004365762943) q[4];
rx(pi*-0.001761258104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.071765845854) q[0];
rx(pi*0.077212551748) q[1];
rx(pi*-0.000808459832) q[2];
rx(pi*0.001695565558) q[3];
rx(pi*0.005003349541) q[4];
rx(pi*0.001761869827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.140970712278) q[0];
rx(pi*0.064449081596) q[1];
rx(pi*0.007574310414) q[2];
rx(pi*0.001369790584) q[3];
rx(pi*0.004012484452) q[4];
rx(pi*-0.001516036674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076290405062) q[0];
rx(pi*0.072697796707) q[1];
rx(pi*0.000115086909) q[2];
rx(pi*-0.002870481566) q[3];
rx(pi*0.00117179966) q[4];
rx(pi*-0.001548675729) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
