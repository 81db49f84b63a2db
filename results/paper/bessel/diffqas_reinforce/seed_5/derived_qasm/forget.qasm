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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016787511675) q[0];
ry(pi*0.112732073037) q[1];
ry(pi*-0.001553045093) q[2];
ry(pi*0.004675337413) q[3];
ry(pi*-0.000653283211) q[4];
ry(pi*-3.7511827e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.30028795774) q[0];
ry(pi*0.181727333288) q[1];
ry(pi*-0.022365494754) q[2];
ry(pi*0.000279066514) q[3];
ry(pi*-0.000303366676) q[4];
ry(pi*-0.000780360452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.294695740357) q[0];
ry(pi*-0.037485062376) q[1];
ry(pi*0.027978373459) q[2];
ry(pi*-0.005727914032) q[3];
ry(pi*0.174765966541) q[4];
ry(pi*-0.001653104548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029674541847) q[0];
ry(pi*-0.571008064509) q[1];
ry(pi*-0.477544135361) q[2];
ry(pi*0.166940618809) q[3];
ry(pi*-0.075761682016) q[4];
ry(pi*-0.004037806845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073322972459) q[0];
ry(pi*0.011073880565) q[1];
ry(pi*0.008266506805) q[2];
ry(pi*0.374667636355) q[3];
ry(pi*0.302204622658) q[4];
ry(pi*-0.002117750993) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
