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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.002523084627) q[0];
rz(pi*0.000136504658) q[1];
rz(pi*0.004704050295) q[2];
rz(pi*-0.002256091821) q[3];
rz(pi*0.00360854991) q[4];
rz(pi*0.001063732594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000238446325) q[0];
rz(pi*-0.000442379109) q[1];
rz(pi*0.005443570648) q[2];
rz(pi*-0.004714760411) q[3];
rz(pi*-0.00353226731) q[4];
rz(pi*0.002949516697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003249056659) q[0];
rz(pi*-0.004060261981) q[1];
rz(pi*-0.002847439757) q[2];
rz(pi*-0.003592590865) q[3];
rz(pi*0.00183599146) q[4];
rz(pi*-0.002012583867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004620468227) q[0];
rz(pi*0.002535977498) q[1];
rz(pi*0.000929228783) q[2];
rz(pi*0.000721612302) q[3];
rz(pi*0.001808436509) q[4];
rz(pi*0.002770837584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000115945972) q[0];
rz(pi*0.000894713871) q[1];
rz(pi*0.002584772144) q[2];
rz(pi*-0.000147787755) q[3];
rz(pi*0.003258062488) q[4];
rz(pi*-0.000368128112) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
