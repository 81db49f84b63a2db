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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.103728147705) q[0];
ry(pi*-0.02051330872) q[1];
ry(pi*-0.010920045969) q[2];
ry(pi*-8.6732582e-05) q[3];
ry(pi*-1.0144e-08) q[4];
ry(pi*5.903e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.197254231574) q[0];
ry(pi*0.054576332485) q[1];
ry(pi*-0.001976050804) q[2];
ry(pi*1.384614e-06) q[3];
ry(pi*-1.5051e-08) q[4];
ry(pi*-1.2095e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.089637884847) q[0];
ry(pi*-0.028822478119) q[1];
ry(pi*0.16721496474) q[2];
ry(pi*-0.001044912592) q[3];
ry(pi*-1.6642e-08) q[4];
ry(pi*-1.3882e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.285562923663) q[0];
ry(pi*0.4229443241) q[1];
ry(pi*-0.470474965461) q[2];
ry(pi*-0.002006643174) q[3];
ry(pi*-0.008752856591) q[4];
ry(pi*-0.010299246993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062356951965) q[0];
ry(pi*-0.172327702843) q[1];
ry(pi*-0.04570953743) q[2];
ry(pi*0.012376220956) q[3];
ry(pi*-0.013529501955) q[4];
ry(pi*-0.000470499463) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
