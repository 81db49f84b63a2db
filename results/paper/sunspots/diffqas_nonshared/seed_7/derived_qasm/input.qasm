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
rz(pi*0.000315977736) q[0];
rz(pi*-0.000514007865) q[1];
rz(pi*0.001178326434) q[2];
rz(pi*-0.000784600787) q[3];
rz(pi*-0.004945993442) q[4];
rz(pi*0.001896250686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000917563878) q[0];
rz(pi*-0.000490479323) q[1];
rz(pi*0.003135080841) q[2];
rz(pi*0.00387855464) q[3];
rz(pi*-0.003476879931) q[4];
rz(pi*-0.002486277496) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004925131127) q[0];
rz(pi*0.004516313771) q[1];
rz(pi*-0.002350425508) q[2];
rz(pi*-0.003758362877) q[3];
rz(pi*-0.002029482656) q[4];
rz(pi*-0.001585603811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005042286955) q[0];
rz(pi*9.9167486e-05) q[1];
rz(pi*-0.00407497594) q[2];
rz(pi*-0.003852832338) q[3];
rz(pi*0.002916028908) q[4];
rz(pi*-0.002174678574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000227503552) q[0];
rz(pi*0.002002459238) q[1];
rz(pi*0.002588564619) q[2];
rz(pi*-0.001072770292) q[3];
rz(pi*0.000140418649) q[4];
rz(pi*-0.00262736033) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
