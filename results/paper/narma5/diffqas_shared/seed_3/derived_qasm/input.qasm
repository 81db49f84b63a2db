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
ry(pi*-0.124497197205) q[0];
ry(pi*0.030976330842) q[1];
ry(pi*0.003082339864) q[2];
ry(pi*0.001810494163) q[3];
ry(pi*0.000308571509) q[4];
ry(pi*0.002064836445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.127861425854) q[0];
ry(pi*0.041932404874) q[1];
ry(pi*-0.003932789129) q[2];
ry(pi*-0.005216839791) q[3];
ry(pi*0.000880719246) q[4];
ry(pi*0.002195847121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.123779221001) q[0];
ry(pi*0.042793928887) q[1];
ry(pi*-0.000255944682) q[2];
ry(pi*-0.000148622185) q[3];
ry(pi*0.004407466821) q[4];
ry(pi*0.002343683809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113750757806) q[0];
ry(pi*0.037808934294) q[1];
ry(pi*-0.000604087173) q[2];
ry(pi*-0.002891142888) q[3];
ry(pi*0.0018591142) q[4];
ry(pi*0.001854278076) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.124170135494) q[0];
ry(pi*0.056992805982) q[1];
ry(pi*0.000777951209) q[2];
ry(pi*-0.007938740137) q[3];
ry(pi*0.002196901295) q[4];
ry(pi*0.001564072706) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
