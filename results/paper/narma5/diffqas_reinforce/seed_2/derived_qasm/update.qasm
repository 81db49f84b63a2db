// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004759975434) q[0];
ry(pi*-0.003274157604) q[1];
ry(pi*0.009187697738) q[2];
ry(pi*-0.020135805587) q[3];
ry(pi*-0.011099952678) q[4];
ry(pi*-0.017565712124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006124674503) q[0];
ry(pi*0.02462319244) q[1];
ry(pi*-0.001266073984) q[2];
ry(pi*0.502107165218) q[3];
ry(pi*0.003023119693) q[4];
ry(pi*0.004521239867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034738332632) q[0];
ry(pi*0.018673881858) q[1];
ry(pi*0.106646327055) q[2];
ry(pi*-0.055082824215) q[3];
ry(pi*-0.00346004221) q[4];
ry(pi*0.050226384217) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003218575161) q[0];
ry(pi*0.107117790349) q[1];
ry(pi*5.8914949e-05) q[2];
ry(pi*-0.101430434122) q[3];
ry(pi*0.499907578687) q[4];
ry(pi*0.001252391668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003182230195) q[0];
ry(pi*0.002116975927) q[1];
ry(pi*0.001614797237) q[2];
ry(pi*0.014227900655) q[3];
ry(pi*-0.000221699003) q[4];
ry(pi*-0.002661374613) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
