// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005277194473) q[0];
rz(pi*0.005086660654) q[1];
rz(pi*0.002755069156) q[2];
rz(pi*0.001392912879) q[3];
rz(pi*-0.004953673847) q[4];
rz(pi*0.000579921747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004554165589) q[0];
rz(pi*-0.001155424549) q[1];
rz(pi*0.000646648678) q[2];
rz(pi*-0.000983180607) q[3];
rz(pi*0.003026442888) q[4];
rz(pi*-0.000411329133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004929232798) q[0];
rz(pi*-0.003374672553) q[1];
rz(pi*-0.004054504938) q[2];
rz(pi*-0.001007074782) q[3];
rz(pi*0.003971107854) q[4];
rz(pi*0.001609646136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001080789243) q[0];
rz(pi*-0.004091692413) q[1];
rz(pi*0.007541580645) q[2];
rz(pi*-9.0230404e-05) q[3];
rz(pi*0.007693102937) q[4];
rz(pi*-0.002761348543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001807641284) q[0];
rz(pi*0.008275014303) q[1];
rz(pi*-0.003421760838) q[2];
rz(pi*0.001332720207) q[3];
rz(pi*-0.001076527193) q[4];
rz(pi*-0.0025891172) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
