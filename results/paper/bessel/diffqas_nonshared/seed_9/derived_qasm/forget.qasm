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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006356350725) q[0];
ry(pi*-0.040353037464) q[1];
ry(pi*-0.002401922585) q[2];
ry(pi*-0.115167955655) q[3];
ry(pi*0.000836227264) q[4];
ry(pi*0.000823122654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500654118363) q[0];
ry(pi*0.483670890938) q[1];
ry(pi*0.337146675168) q[2];
ry(pi*0.180469971353) q[3];
ry(pi*-0.00031593123) q[4];
ry(pi*-0.00049574993) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.9915069e-05) q[0];
ry(pi*0.007224743467) q[1];
ry(pi*-0.795983567466) q[2];
ry(pi*-0.288973275061) q[3];
ry(pi*0.501798212995) q[4];
ry(pi*8.9743728e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000135315489) q[0];
ry(pi*0.000797698949) q[1];
ry(pi*0.029551280648) q[2];
ry(pi*-3.549302e-06) q[3];
ry(pi*0.058873403706) q[4];
ry(pi*-0.015352988151) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.1601122e-05) q[0];
ry(pi*-0.025079159742) q[1];
ry(pi*0.010769103532) q[2];
ry(pi*0.005407652272) q[3];
ry(pi*0.002049995754) q[4];
ry(pi*-0.003569876929) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
