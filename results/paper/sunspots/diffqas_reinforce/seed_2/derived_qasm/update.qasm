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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097903324435) q[0];
ry(pi*0.227037157613) q[1];
ry(pi*-0.077242927117) q[2];
ry(pi*-0.061952761291) q[3];
ry(pi*-0.015522846418) q[4];
ry(pi*0.014618222251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.093875960309) q[0];
ry(pi*0.369020891295) q[1];
ry(pi*-0.425660121151) q[2];
ry(pi*-0.534126105464) q[3];
ry(pi*-0.52452885488) q[4];
ry(pi*-0.222381757593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070827833208) q[0];
ry(pi*-0.038385980929) q[1];
ry(pi*-0.094639556486) q[2];
ry(pi*0.299303499808) q[3];
ry(pi*-0.03169139473) q[4];
ry(pi*0.213767864521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00521176636) q[0];
ry(pi*0.098357503556) q[1];
ry(pi*-0.508455636324) q[2];
ry(pi*-0.0141280708) q[3];
ry(pi*0.507554013408) q[4];
ry(pi*0.498031135995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068628374742) q[0];
ry(pi*0.004811958984) q[1];
ry(pi*0.443872668791) q[2];
ry(pi*0.084358395265) q[3];
ry(pi*0.002745286036) q[4];
ry(pi*-0.002171792345) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
