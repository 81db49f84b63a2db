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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000264476731) q[0];
ry(pi*0.003833167974) q[1];
ry(pi*-0.000992779113) q[2];
ry(pi*0.013924468316) q[3];
ry(pi*-0.00213751941) q[4];
ry(pi*-0.010551902331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008823841347) q[0];
ry(pi*-0.004713469375) q[1];
ry(pi*-0.000113292131) q[2];
ry(pi*-0.000226988953) q[3];
ry(pi*-0.002653762687) q[4];
ry(pi*-0.003694437464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.012107e-06) q[0];
ry(pi*0.002290156944) q[1];
ry(pi*-4.3054116e-05) q[2];
ry(pi*-0.007505818202) q[3];
ry(pi*0.003924356335) q[4];
ry(pi*0.006427318881) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00182975417) q[0];
ry(pi*-0.006857265653) q[1];
ry(pi*-0.000678967791) q[2];
ry(pi*0.002249002535) q[3];
ry(pi*0.001320840302) q[4];
ry(pi*-0.003451548645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.299101914363) q[0];
ry(pi*-0.156447019732) q[1];
ry(pi*0.069135174779) q[2];
ry(pi*0.063762652328) q[3];
ry(pi*-0.035889665367) q[4];
ry(pi*0.003438267425) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
