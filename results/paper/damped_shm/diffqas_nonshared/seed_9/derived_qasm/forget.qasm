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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.135887989062) q[0];
rx(pi*-0.183869906713) q[1];
rx(pi*0.017317082566) q[2];
rx(pi*-0.002900623926) q[3];
rx(pi*0.051822623142) q[4];
rx(pi*0.00092645765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.178847327106) q[0];
rx(pi*-0.047066136322) q[1];
rx(pi*0.016139134624) q[2];
rx(pi*0.051429536269) q[3];
rx(pi*0.060070242576) q[4];
rx(pi*0.003030720946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.145111969808) q[0];
rx(pi*-0.105680642656) q[1];
rx(pi*0.045830341658) q[2];
rx(pi*0.002701416004) q[3];
rx(pi*0.049004961409) q[4];
rx(pi*-0.000235358992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.064538030581) q[0];
rx(pi*-0.059220766257) q[1];
rx(pi*0.014275728581) q[2];
rx(pi*0.049143747058) q[3];
rx(pi*0.062301622689) q[4];
rx(pi*0.000719473792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.331846941664) q[0];
rx(pi*-0.096548784086) q[1];
rx(pi*0.018431899877) q[2];
rx(pi*0.007805767856) q[3];
rx(pi*0.056292740051) q[4];
rx(pi*-0.003160933285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
