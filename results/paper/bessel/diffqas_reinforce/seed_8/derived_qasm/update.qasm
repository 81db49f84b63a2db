// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.154036598542) q[0];
ry(pi*0.135894136232) q[1];
ry(pi*0.189867818359) q[2];
ry(pi*-0.025771000987) q[3];
ry(pi*0.010654299436) q[4];
ry(pi*-0.27771167813) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.319740924651) q[0];
ry(pi*0.153773825986) q[1];
ry(pi*0.147989566451) q[2];
ry(pi*0.048243765285) q[3];
ry(pi*-0.024243533529) q[4];
ry(pi*0.181378841859) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.207430549391) q[0];
ry(pi*0.006905986483) q[1];
ry(pi*9.1492518e-05) q[2];
ry(pi*-0.007097271504) q[3];
ry(pi*0.059008926043) q[4];
ry(pi*0.306707102331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.066710519285) q[0];
ry(pi*0.511923247475) q[1];
ry(pi*0.036706304603) q[2];
ry(pi*-0.075618893117) q[3];
ry(pi*0.043384180554) q[4];
ry(pi*-0.000159603497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010887682019) q[0];
ry(pi*0.7616145868) q[1];
ry(pi*-0.067765584298) q[2];
ry(pi*0.12035556022) q[3];
ry(pi*0.435456547641) q[4];
ry(pi*0.001586506054) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
