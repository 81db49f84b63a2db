// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.002679382122) q[0];
rz(pi*-0.003105780101) q[1];
rz(pi*0.001172694789) q[2];
rz(pi*0.000382706149) q[3];
rz(pi*-0.000180022731) q[4];
rz(pi*0.001641353451) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002642578253) q[0];
rz(pi*5.1546232e-05) q[1];
rz(pi*0.000640716286) q[2];
rz(pi*0.00375676294) q[3];
rz(pi*-0.006045841551) q[4];
rz(pi*-0.001136546442) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001415680325) q[0];
rz(pi*-0.00185785518) q[1];
rz(pi*0.000274105474) q[2];
rz(pi*0.002170477741) q[3];
rz(pi*0.001511627437) q[4];
rz(pi*-0.005518284735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003864932207) q[0];
rz(pi*-0.009020441109) q[1];
rz(pi*0.002063529252) q[2];
rz(pi*0.00065394911) q[3];
rz(pi*0.004274842868) q[4];
rz(pi*0.000146148938) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003668234024) q[0];
rz(pi*0.003401654468) q[1];
rz(pi*-0.004231019378) q[2];
rz(pi*-2.9527251e-05) q[3];
rz(pi*-0.00068169416) q[4];
rz(pi*0.002458494427) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
