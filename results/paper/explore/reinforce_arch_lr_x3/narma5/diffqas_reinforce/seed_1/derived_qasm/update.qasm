// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087747155676) q[0];
ry(pi*0.026630717846) q[1];
ry(pi*0.002331574601) q[2];
ry(pi*-0.149433193337) q[3];
ry(pi*-0.246779705572) q[4];
ry(pi*0.006117129279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.126459871036) q[0];
ry(pi*-0.000183313595) q[1];
ry(pi*0.014314511249) q[2];
ry(pi*-0.482150187264) q[3];
ry(pi*-0.078391774422) q[4];
ry(pi*-0.04957597471) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003350531214) q[0];
ry(pi*0.042751088423) q[1];
ry(pi*0.012619947245) q[2];
ry(pi*-0.022261521725) q[3];
ry(pi*0.032271325222) q[4];
ry(pi*-0.009606801585) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001372077986) q[0];
ry(pi*-0.008342652742) q[1];
ry(pi*0.031153099932) q[2];
ry(pi*0.00263602554) q[3];
ry(pi*-0.433370683759) q[4];
ry(pi*-0.010163109227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009102590735) q[0];
ry(pi*-0.017756266102) q[1];
ry(pi*-0.017314418081) q[2];
ry(pi*0.195368283535) q[3];
ry(pi*-0.045467819881) q[4];
ry(pi*-0.004626006194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
