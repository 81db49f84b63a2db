// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.033662651357) q[0];
ry(pi*0.003973252071) q[1];
ry(pi*0.059423694023) q[2];
ry(pi*0.01337499857) q[3];
ry(pi*-0.022387443852) q[4];
ry(pi*-0.0029866016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.079979542015) q[0];
ry(pi*-0.195423190666) q[1];
ry(pi*-0.421016806771) q[2];
ry(pi*0.005736692485) q[3];
ry(pi*0.002257243377) q[4];
ry(pi*-0.006345483491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031451097766) q[0];
ry(pi*0.163186158686) q[1];
ry(pi*0.175573256955) q[2];
ry(pi*-0.007263371388) q[3];
ry(pi*-0.042269062052) q[4];
ry(pi*-0.110100790091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007176233708) q[0];
ry(pi*-0.289864443993) q[1];
ry(pi*0.188111568024) q[2];
ry(pi*0.502219825394) q[3];
ry(pi*0.520722656074) q[4];
ry(pi*-0.021771137859) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019886080353) q[0];
ry(pi*0.015834456012) q[1];
ry(pi*-0.016185691375) q[2];
ry(pi*-0.010304140776) q[3];
ry(pi*-0.092178506518) q[4];
ry(pi*-0.004707716186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
