// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000315983813) q[0];
rz(pi*-0.000514007235) q[1];
rz(pi*0.001178328287) q[2];
rz(pi*-0.000784594636) q[3];
rz(pi*-0.004945976544) q[4];
rz(pi*0.001896254243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00091757455) q[0];
rz(pi*-0.000490466353) q[1];
rz(pi*0.003135100407) q[2];
rz(pi*0.00387857717) q[3];
rz(pi*-0.003476855918) q[4];
rz(pi*-0.002486254818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004925147728) q[0];
rz(pi*0.004516342527) q[1];
rz(pi*-0.002350389786) q[2];
rz(pi*-0.003758322559) q[3];
rz(pi*-0.002029446045) q[4];
rz(pi*-0.001585557416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005042245452) q[0];
rz(pi*9.9207442e-05) q[1];
rz(pi*-0.004074938587) q[2];
rz(pi*-0.003852789945) q[3];
rz(pi*0.002916067743) q[4];
rz(pi*-0.002174653524) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000227491156) q[0];
rz(pi*0.00200247243) q[1];
rz(pi*0.002588599007) q[2];
rz(pi*-0.001072758582) q[3];
rz(pi*0.000140432628) q[4];
rz(pi*-0.002627354105) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
