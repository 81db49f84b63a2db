// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rz(pi*0.001516123533) q[0];
rz(pi*-0.002420153913) q[1];
rz(pi*-0.000451534905) q[2];
rz(pi*0.001067210314) q[3];
rz(pi*0.001036670563) q[4];
rz(pi*0.004012472298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00070726972) q[0];
rz(pi*0.001372806955) q[1];
rz(pi*-0.001480051152) q[2];
rz(pi*-0.002406782869) q[3];
rz(pi*0.002942579786) q[4];
rz(pi*0.000989916674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002249592617) q[0];
rz(pi*0.000286526287) q[1];
rz(pi*-0.00452899231) q[2];
rz(pi*-0.000347539124) q[3];
rz(pi*-0.00126750524) q[4];
rz(pi*0.004251334744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006382624423) q[0];
rz(pi*-0.00124235716) q[1];
rz(pi*-0.006865853785) q[2];
rz(pi*-0.002675085091) q[3];
rz(pi*-0.001245879569) q[4];
rz(pi*0.007344370198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00647137123) q[0];
rz(pi*-0.000250796546) q[1];
rz(pi*-0.00091605547) q[2];
rz(pi*0.001509811686) q[3];
rz(pi*-0.002357045811) q[4];
rz(pi*0.002594359311) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
