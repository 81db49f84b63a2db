// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.098863914651) q[0];
ry(pi*-0.100636528982) q[1];
ry(pi*-0.085441464053) q[2];
ry(pi*-0.01288495977) q[3];
ry(pi*0.07174220581) q[4];
ry(pi*-0.023756500724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01582538111) q[0];
ry(pi*-0.305887745249) q[1];
ry(pi*0.070486594111) q[2];
ry(pi*-0.171603475118) q[3];
ry(pi*-0.006141273286) q[4];
ry(pi*-0.0316011722) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.191519035564) q[0];
ry(pi*0.345683387102) q[1];
ry(pi*-0.152696173917) q[2];
ry(pi*0.005949579758) q[3];
ry(pi*0.010325405669) q[4];
ry(pi*0.00818185159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036981857676) q[0];
ry(pi*0.136331211421) q[1];
ry(pi*0.119030484548) q[2];
ry(pi*0.21666145519) q[3];
ry(pi*-0.251825166312) q[4];
ry(pi*-0.020046740395) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001223217363) q[0];
ry(pi*0.004693904915) q[1];
ry(pi*-0.074041683858) q[2];
ry(pi*-0.035219353448) q[3];
ry(pi*0.00704022638) q[4];
ry(pi*0.000349581214) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
