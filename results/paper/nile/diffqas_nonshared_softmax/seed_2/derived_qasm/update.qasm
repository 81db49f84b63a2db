// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.024901691032) q[0];
ry(pi*-0.141001467102) q[1];
ry(pi*-0.01592772604) q[2];
ry(pi*0.076660828988) q[3];
ry(pi*0.02966412818) q[4];
ry(pi*0.008607038574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024025716899) q[0];
ry(pi*-0.015134403125) q[1];
ry(pi*0.127109573808) q[2];
ry(pi*0.188115874837) q[3];
ry(pi*-0.007752383288) q[4];
ry(pi*0.00285698542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.123181427666) q[0];
ry(pi*-0.089485505224) q[1];
ry(pi*0.170358938761) q[2];
ry(pi*0.025784706426) q[3];
ry(pi*-0.069675822197) q[4];
ry(pi*-0.023063148775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087313438664) q[0];
ry(pi*0.221193058032) q[1];
ry(pi*0.142117662308) q[2];
ry(pi*-0.383743553778) q[3];
ry(pi*0.341980286207) q[4];
ry(pi*-0.201626615116) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027265484323) q[0];
ry(pi*0.053221213468) q[1];
ry(pi*0.029229844357) q[2];
ry(pi*-0.027124647245) q[3];
ry(pi*0.004689298391) q[4];
ry(pi*-0.002661158798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
