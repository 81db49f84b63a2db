// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.014797598908) q[0];
ry(pi*0.313629707755) q[1];
ry(pi*-0.565226992395) q[2];
ry(pi*-0.004068225792) q[3];
ry(pi*-0.000609707368) q[4];
ry(pi*-0.017303419816) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.501527547776) q[0];
ry(pi*-0.224691993189) q[1];
ry(pi*-0.505265900036) q[2];
ry(pi*0.510373932898) q[3];
ry(pi*0.002759032089) q[4];
ry(pi*0.006329385115) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002780187592) q[0];
ry(pi*0.526744795919) q[1];
ry(pi*-0.001097585905) q[2];
ry(pi*0.014998992253) q[3];
ry(pi*-0.500366187944) q[4];
ry(pi*-0.005738158723) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005973657361) q[0];
ry(pi*0.001439546411) q[1];
ry(pi*0.022968092937) q[2];
ry(pi*0.006519247773) q[3];
ry(pi*0.42566273939) q[4];
ry(pi*-0.005033321146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008479258897) q[0];
ry(pi*-0.001391225046) q[1];
ry(pi*-0.14920017005) q[2];
ry(pi*-0.052983105484) q[3];
ry(pi*0.347846735686) q[4];
ry(pi*0.002712401225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
