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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000674350965) q[0];
rx(pi*-0.000160663377) q[1];
rx(pi*-0.000293989544) q[2];
rx(pi*-0.004360839219) q[3];
rx(pi*0.000322453705) q[4];
rx(pi*-0.000216098466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001431667681) q[0];
rx(pi*0.00127914013) q[1];
rx(pi*0.001210935029) q[2];
rx(pi*-0.003222772881) q[3];
rx(pi*0.000961799877) q[4];
rx(pi*-0.002957043542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002504666832) q[0];
rx(pi*0.015035400956) q[1];
rx(pi*0.003544918576) q[2];
rx(pi*0.011439733245) q[3];
rx(pi*0.007360370153) q[4];
rx(pi*-0.004653276555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003295676257) q[0];
rx(pi*-0.00067029643) q[1];
rx(pi*-0.003558034377) q[2];
rx(pi*0.001691222132) q[3];
rx(pi*-0.004616969534) q[4];
rx(pi*0.001566709474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003691477419) q[0];
rx(pi*0.002385218414) q[1];
rx(pi*0.001521390842) q[2];
rx(pi*0.000910529954) q[3];
rx(pi*0.002622980294) q[4];
rx(pi*0.00252585613) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
