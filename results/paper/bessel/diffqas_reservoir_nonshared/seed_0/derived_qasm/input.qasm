// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.178023340674) q[0];
rz(pi*1.457224350408) q[1];
rz(pi*0.888197799668) q[2];
rz(pi*0.165371306956) q[3];
rz(pi*0.969114064183) q[4];
rz(pi*0.89105577849) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.167575304019) q[0];
rz(pi*0.868755817978) q[1];
rz(pi*1.201803355116) q[2];
rz(pi*1.407679524206) q[3];
rz(pi*1.978924520388) q[4];
rz(pi*1.115250059589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.881234801265) q[0];
rz(pi*1.424092924128) q[1];
rz(pi*1.827718096106) q[2];
rz(pi*0.046016374192) q[3];
rz(pi*0.072120882881) q[4];
rz(pi*1.954646688874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.092017095236) q[0];
rz(pi*0.103553323321) q[1];
rz(pi*1.320745938924) q[2];
rz(pi*0.193055353809) q[3];
rz(pi*0.212287610746) q[4];
rz(pi*0.805466298546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.327405069801) q[0];
rz(pi*1.640241090602) q[1];
rz(pi*1.707738993146) q[2];
rz(pi*0.773558310928) q[3];
rz(pi*1.960363860774) q[4];
rz(pi*0.27893088587) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
