// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.095251588867) q[0];
ry(pi*0.297443658269) q[1];
ry(pi*0.232460289869) q[2];
ry(pi*0.183248074907) q[3];
ry(pi*0.020937235794) q[4];
ry(pi*-0.065434023334) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067854566485) q[0];
ry(pi*-0.102879373377) q[1];
ry(pi*0.017066150191) q[2];
ry(pi*-0.051793846227) q[3];
ry(pi*-0.02135306862) q[4];
ry(pi*-0.033857907019) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022639233558) q[0];
ry(pi*0.15930283566) q[1];
ry(pi*-0.008157518448) q[2];
ry(pi*0.041456302743) q[3];
ry(pi*-0.041986965753) q[4];
ry(pi*-0.007241397982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023094119414) q[0];
ry(pi*0.099585818214) q[1];
ry(pi*-0.207958390204) q[2];
ry(pi*0.215825041608) q[3];
ry(pi*0.193992569599) q[4];
ry(pi*0.068693418065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.260188543224) q[0];
ry(pi*0.149920081474) q[1];
ry(pi*0.112010216906) q[2];
ry(pi*0.120386144289) q[3];
ry(pi*-0.372830884651) q[4];
ry(pi*0.003109451031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
