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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000837019969) q[0];
ry(pi*0.043113415729) q[1];
ry(pi*0.442356935977) q[2];
ry(pi*6.2004199e-05) q[3];
ry(pi*-0.000651984319) q[4];
ry(pi*0.474802459483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001033122734) q[0];
ry(pi*0.075178004406) q[1];
ry(pi*-0.088963545963) q[2];
ry(pi*0.504906707977) q[3];
ry(pi*-0.545540072532) q[4];
ry(pi*0.539441131003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070176119324) q[0];
ry(pi*-0.502733341783) q[1];
ry(pi*1.6937587e-05) q[2];
ry(pi*-0.002652546949) q[3];
ry(pi*-0.499577528768) q[4];
ry(pi*-0.502186433358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056409474624) q[0];
ry(pi*6.6407063e-05) q[1];
ry(pi*0.512619205806) q[2];
ry(pi*-4.9109596e-05) q[3];
ry(pi*0.020275814979) q[4];
ry(pi*-0.002914484408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006340450377) q[0];
ry(pi*0.038889982485) q[1];
ry(pi*0.019402501774) q[2];
ry(pi*-0.002711903487) q[3];
ry(pi*0.035951853291) q[4];
ry(pi*0.002178033342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
