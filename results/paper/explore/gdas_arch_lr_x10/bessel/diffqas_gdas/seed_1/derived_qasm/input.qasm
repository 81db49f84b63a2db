// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.051461382026) q[0];
ry(pi*0.009689191334) q[1];
ry(pi*-0.500186288351) q[2];
ry(pi*-0.499999634459) q[3];
ry(pi*-0.503779764709) q[4];
ry(pi*-0.006705263113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005647725714) q[0];
ry(pi*0.000750271304) q[1];
ry(pi*3.5313e-08) q[2];
ry(pi*-1.6248e-08) q[3];
ry(pi*0.004475757151) q[4];
ry(pi*0.038502981121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017839369108) q[0];
ry(pi*0.500004795046) q[1];
ry(pi*5.674205e-05) q[2];
ry(pi*0.500005402174) q[3];
ry(pi*0.004425857936) q[4];
ry(pi*-2.0488719e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.096805646631) q[0];
ry(pi*7.8616e-08) q[1];
ry(pi*8.145e-09) q[2];
ry(pi*0.000687558888) q[3];
ry(pi*1.936879e-06) q[4];
ry(pi*-0.502589756029) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003085068975) q[0];
ry(pi*-0.500000051859) q[1];
ry(pi*-0.034485058309) q[2];
ry(pi*0.031102395264) q[3];
ry(pi*0.041883094702) q[4];
ry(pi*-0.002428711808) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
