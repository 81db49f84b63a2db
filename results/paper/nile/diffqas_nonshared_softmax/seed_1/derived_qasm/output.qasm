// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.164596516858) q[0];
rx(pi*0.086080807705) q[1];
rx(pi*0.001438734585) q[2];
rx(pi*-0.083460566898) q[3];
rx(pi*0.006771333928) q[4];
rx(pi*-0.000745402645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.175931329622) q[0];
rx(pi*-0.005815058827) q[1];
rx(pi*-0.104942024102) q[2];
rx(pi*-0.071062559299) q[3];
rx(pi*0.011135477962) q[4];
rx(pi*0.008481508353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.05279329263) q[0];
rx(pi*-0.035131002105) q[1];
rx(pi*0.00923191847) q[2];
rx(pi*-0.086367485923) q[3];
rx(pi*0.01390560229) q[4];
rx(pi*0.007170584572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.097780750999) q[0];
rx(pi*0.082774085455) q[1];
rx(pi*-0.105596062147) q[2];
rx(pi*-0.072061057065) q[3];
rx(pi*0.006870861998) q[4];
rx(pi*-0.001782327933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00817116934) q[0];
rx(pi*0.085182267861) q[1];
rx(pi*0.002051886803) q[2];
rx(pi*-0.082078345311) q[3];
rx(pi*0.005219702304) q[4];
rx(pi*0.001336263367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
