// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
ry(pi*6.492576e-06) q[0];
ry(pi*0.001425032704) q[1];
ry(pi*-0.001062922324) q[2];
ry(pi*1.319324e-06) q[3];
ry(pi*-0.002882651694) q[4];
ry(pi*0.001323088276) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001646785586) q[0];
ry(pi*6.959596e-06) q[1];
ry(pi*0.001756522476) q[2];
ry(pi*0.001085939306) q[3];
ry(pi*2.199553e-06) q[4];
ry(pi*-0.000929077149) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001878591801) q[0];
ry(pi*0.001277148436) q[1];
ry(pi*-1.0263455e-05) q[2];
ry(pi*0.002029153449) q[3];
ry(pi*-1.5539588e-05) q[4];
ry(pi*-0.001888635499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.937146e-06) q[0];
ry(pi*-0.001484580451) q[1];
ry(pi*0.001113563404) q[2];
ry(pi*0.001547128857) q[3];
ry(pi*0.001546057341) q[4];
ry(pi*0.00157039908) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001296739577) q[0];
ry(pi*-4.413572e-06) q[1];
ry(pi*-0.000141048251) q[2];
ry(pi*-0.004178023454) q[3];
ry(pi*-0.002578759265) q[4];
ry(pi*-0.004846352721) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
