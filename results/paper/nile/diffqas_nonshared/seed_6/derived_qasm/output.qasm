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
rx(pi*-0.323655040446) q[0];
rx(pi*-0.021721023717) q[1];
rx(pi*-0.115189897637) q[2];
rx(pi*-0.054699190513) q[3];
rx(pi*0.001631427739) q[4];
rx(pi*-0.001676038598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.3223362827) q[0];
rx(pi*0.194215613221) q[1];
rx(pi*-0.02774445371) q[2];
rx(pi*0.01338176354) q[3];
rx(pi*-0.007226111283) q[4];
rx(pi*0.000773633872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.130912518788) q[0];
rx(pi*0.061957395385) q[1];
rx(pi*-0.213557779286) q[2];
rx(pi*-0.069451716101) q[3];
rx(pi*0.007643444142) q[4];
rx(pi*-0.004825284078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.764279802505) q[0];
rx(pi*0.330579144717) q[1];
rx(pi*-0.045465054603) q[2];
rx(pi*-0.017250370828) q[3];
rx(pi*-0.006219027756) q[4];
rx(pi*0.0017031594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042789664762) q[0];
rx(pi*-0.054418934571) q[1];
rx(pi*-0.112559155415) q[2];
rx(pi*-0.051908256639) q[3];
rx(pi*0.003717053869) q[4];
rx(pi*0.003153128964) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
