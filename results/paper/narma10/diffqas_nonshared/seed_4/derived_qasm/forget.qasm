// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.002074715465) q[0];
rz(pi*-0.000556142854) q[1];
rz(pi*0.005295797845) q[2];
rz(pi*0.002098132283) q[3];
rz(pi*-0.005224730083) q[4];
rz(pi*-1.6562084e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001984546593) q[0];
rz(pi*0.000473108846) q[1];
rz(pi*-0.005119020454) q[2];
rz(pi*0.000769583931) q[3];
rz(pi*0.000749240773) q[4];
rz(pi*0.005015373519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001007912547) q[0];
rz(pi*0.001625120338) q[1];
rz(pi*-0.004752737923) q[2];
rz(pi*0.007170659278) q[3];
rz(pi*-0.006097689327) q[4];
rz(pi*0.003507144131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001050117202) q[0];
rz(pi*-0.002803184933) q[1];
rz(pi*-0.002089020028) q[2];
rz(pi*-0.002139089109) q[3];
rz(pi*0.00121017938) q[4];
rz(pi*-0.000350327562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004719170686) q[0];
rz(pi*-0.005823810599) q[1];
rz(pi*-9.807184e-06) q[2];
rz(pi*-0.002839501737) q[3];
rz(pi*0.002469676787) q[4];
rz(pi*-0.006741994352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
