// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.138527344912) q[0];
ry(pi*0.114222610042) q[1];
ry(pi*-0.046880089558) q[2];
ry(pi*0.035626513357) q[3];
ry(pi*0.006291391595) q[4];
ry(pi*-0.009185130488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.176319398204) q[0];
ry(pi*-0.283249310918) q[1];
ry(pi*0.088959438363) q[2];
ry(pi*-0.024643244263) q[3];
ry(pi*-0.052027120903) q[4];
ry(pi*-0.004709455157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.167493731322) q[0];
ry(pi*0.066067570811) q[1];
ry(pi*-0.245826970074) q[2];
ry(pi*0.063538873512) q[3];
ry(pi*-0.000854447179) q[4];
ry(pi*0.029645300099) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.188914969025) q[0];
ry(pi*-0.135358222514) q[1];
ry(pi*-0.199542022409) q[2];
ry(pi*0.328839419645) q[3];
ry(pi*0.197369661771) q[4];
ry(pi*0.003812493015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051577675483) q[0];
ry(pi*0.046598733196) q[1];
ry(pi*0.019149394648) q[2];
ry(pi*0.089503794953) q[3];
ry(pi*-0.313961123712) q[4];
ry(pi*-0.004846424759) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
