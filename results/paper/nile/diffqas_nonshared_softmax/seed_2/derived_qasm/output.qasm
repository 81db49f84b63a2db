// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*0.07062052748) q[0];
ry(pi*0.00050185897) q[1];
ry(pi*0.002000439826) q[2];
ry(pi*0.10183297891) q[3];
ry(pi*0.033399966551) q[4];
ry(pi*0.51440154367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014516738209) q[0];
ry(pi*-0.01522410509) q[1];
ry(pi*-0.001443372088) q[2];
ry(pi*0.000897075163) q[3];
ry(pi*-0.024566276569) q[4];
ry(pi*0.002191472124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001416808907) q[0];
ry(pi*0.012613152629) q[1];
ry(pi*-0.000438355182) q[2];
ry(pi*-0.091867106811) q[3];
ry(pi*-0.000632014316) q[4];
ry(pi*0.009409744105) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003370275915) q[0];
ry(pi*0.485561714973) q[1];
ry(pi*-0.001277963819) q[2];
ry(pi*-0.001434961676) q[3];
ry(pi*-0.014810393655) q[4];
ry(pi*-0.008583933917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056742612358) q[0];
ry(pi*0.105245398338) q[1];
ry(pi*0.061749966334) q[2];
ry(pi*0.002527507056) q[3];
ry(pi*-0.055871786955) q[4];
ry(pi*0.002952512612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
