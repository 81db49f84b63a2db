// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.502251775501) q[0];
ry(pi*-0.003183373006) q[1];
ry(pi*-0.011628023536) q[2];
ry(pi*0.146098638066) q[3];
ry(pi*-0.022345876933) q[4];
ry(pi*0.261459963965) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001159988458) q[0];
ry(pi*0.128521013427) q[1];
ry(pi*-0.501570881532) q[2];
ry(pi*-0.469146190104) q[3];
ry(pi*-0.009407922721) q[4];
ry(pi*0.492839774825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003115516974) q[0];
ry(pi*-0.00263304504) q[1];
ry(pi*-0.000418516099) q[2];
ry(pi*-0.016695500964) q[3];
ry(pi*0.498598041696) q[4];
ry(pi*-0.002303731204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.821627436814) q[0];
ry(pi*0.007078832958) q[1];
ry(pi*0.039568545178) q[2];
ry(pi*0.497185065284) q[3];
ry(pi*0.306795173826) q[4];
ry(pi*-0.507072788636) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.045831110054) q[0];
ry(pi*0.486534030347) q[1];
ry(pi*0.512350248134) q[2];
ry(pi*0.471162386056) q[3];
ry(pi*0.503929042288) q[4];
ry(pi*0.001990110351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
