// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.026000891399) q[0];
rz(pi*0.022249469287) q[1];
rz(pi*-0.049064222786) q[2];
rz(pi*0.001085364713) q[3];
rz(pi*-0.070838785226) q[4];
rz(pi*-0.008210891752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.06556028697) q[0];
rz(pi*-0.001033869637) q[1];
rz(pi*-0.033503766453) q[2];
rz(pi*0.003513605834) q[3];
rz(pi*0.013049773658) q[4];
rz(pi*-0.000223207132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.052551219342) q[0];
rz(pi*0.007062012431) q[1];
rz(pi*0.019818406934) q[2];
rz(pi*0.11676849665) q[3];
rz(pi*-0.002184244248) q[4];
rz(pi*-0.12552047338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003714046985) q[0];
rz(pi*0.001112598981) q[1];
rz(pi*0.079800704895) q[2];
rz(pi*-0.021802722741) q[3];
rz(pi*0.011759716935) q[4];
rz(pi*-0.001253596734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014270640327) q[0];
rz(pi*-0.004550076369) q[1];
rz(pi*0.02142635323) q[2];
rz(pi*0.008457033509) q[3];
rz(pi*0.021223325857) q[4];
rz(pi*0.002043276585) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
