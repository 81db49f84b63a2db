// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.165073890163) q[0];
ry(pi*0.132277238016) q[1];
ry(pi*-0.058846154097) q[2];
ry(pi*-0.018551330952) q[3];
ry(pi*-0.241357521954) q[4];
ry(pi*-0.160656389426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.110009445798) q[0];
ry(pi*0.175151170237) q[1];
ry(pi*-0.296215931766) q[2];
ry(pi*-0.398002749981) q[3];
ry(pi*0.208879080732) q[4];
ry(pi*-0.123207382385) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.110022328293) q[0];
ry(pi*0.046400705142) q[1];
ry(pi*0.005353652275) q[2];
ry(pi*0.064807808823) q[3];
ry(pi*7.4577424e-05) q[4];
ry(pi*-0.238603343035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.101345550049) q[0];
ry(pi*0.104016116069) q[1];
ry(pi*0.06091201596) q[2];
ry(pi*0.103507001358) q[3];
ry(pi*0.113510856898) q[4];
ry(pi*-0.293182587837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.09314776728) q[0];
ry(pi*0.183184098802) q[1];
ry(pi*-0.47394705418) q[2];
ry(pi*-0.065566780392) q[3];
ry(pi*-0.055874907972) q[4];
ry(pi*0.000781551955) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
