// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.125562014211) q[0];
ry(pi*-0.086052035533) q[1];
ry(pi*0.019723303664) q[2];
ry(pi*0.013508931939) q[3];
ry(pi*0.001807265831) q[4];
ry(pi*-0.003439141653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.145657521682) q[0];
ry(pi*-0.065663147721) q[1];
ry(pi*0.007457819522) q[2];
ry(pi*-0.008482420824) q[3];
ry(pi*0.004422752334) q[4];
ry(pi*0.006805430327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098722548708) q[0];
ry(pi*-0.096061620844) q[1];
ry(pi*0.009215469098) q[2];
ry(pi*-0.012475447241) q[3];
ry(pi*0.00029463471) q[4];
ry(pi*-0.000246071572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.151599492182) q[0];
ry(pi*-0.087998146155) q[1];
ry(pi*-0.070935010259) q[2];
ry(pi*0.008118416208) q[3];
ry(pi*-0.00783774583) q[4];
ry(pi*0.002521563842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.076261851077) q[0];
ry(pi*-0.094943073017) q[1];
ry(pi*0.045072887908) q[2];
ry(pi*0.012749322411) q[3];
ry(pi*0.011545099585) q[4];
ry(pi*-0.005810657742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
