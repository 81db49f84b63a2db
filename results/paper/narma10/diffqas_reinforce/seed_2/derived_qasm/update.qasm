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
ry(pi*0.080687794687) q[0];
ry(pi*-0.01730603687) q[1];
ry(pi*0.084958550706) q[2];
ry(pi*0.013931121821) q[3];
ry(pi*-0.007040325987) q[4];
ry(pi*-0.034619715014) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.142116229866) q[0];
ry(pi*0.217070507631) q[1];
ry(pi*0.021355233885) q[2];
ry(pi*0.502697559181) q[3];
ry(pi*0.079730923129) q[4];
ry(pi*0.046464083606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.094843665305) q[0];
ry(pi*-0.034913868494) q[1];
ry(pi*0.012475418782) q[2];
ry(pi*-0.045247294892) q[3];
ry(pi*-0.042465913796) q[4];
ry(pi*0.083264711224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046866889269) q[0];
ry(pi*-0.013574229022) q[1];
ry(pi*0.038708000632) q[2];
ry(pi*-0.026244088822) q[3];
ry(pi*0.375946968732) q[4];
ry(pi*-0.146273291695) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008695949613) q[0];
ry(pi*0.039976760446) q[1];
ry(pi*-0.013920563487) q[2];
ry(pi*0.063936139133) q[3];
ry(pi*-0.073478809866) q[4];
ry(pi*0.000158107114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
