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
ry(pi*0.079223601342) q[0];
ry(pi*-0.050138687434) q[1];
ry(pi*0.116246698657) q[2];
ry(pi*0.004225880432) q[3];
ry(pi*0.251711728254) q[4];
ry(pi*-0.00204471377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.07371300472) q[0];
ry(pi*0.206728595672) q[1];
ry(pi*-0.002102859017) q[2];
ry(pi*0.009782781527) q[3];
ry(pi*-0.004178153892) q[4];
ry(pi*-0.002238547069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.130909236503) q[0];
ry(pi*-0.05073090278) q[1];
ry(pi*0.062010068476) q[2];
ry(pi*-0.003486636666) q[3];
ry(pi*0.094173955771) q[4];
ry(pi*-0.032415885702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078043610272) q[0];
ry(pi*0.147591679473) q[1];
ry(pi*-0.021999581599) q[2];
ry(pi*-0.004433147325) q[3];
ry(pi*-0.00762058791) q[4];
ry(pi*-0.003859591379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.653494513622) q[0];
ry(pi*-0.109655537648) q[1];
ry(pi*0.108180178842) q[2];
ry(pi*0.154307273247) q[3];
ry(pi*-0.002689776816) q[4];
ry(pi*0.002171054483) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
