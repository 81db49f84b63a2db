// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*6.876e-09) q[0];
ry(0) q[1];
ry(pi*0.000772629428) q[2];
ry(pi*-0.00025213557) q[3];
ry(pi*0.000243773832) q[4];
ry(pi*0.001833165559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-1.18e-10) q[2];
ry(pi*1.55343e-07) q[3];
ry(pi*0.002128649206) q[4];
ry(pi*-0.000652911019) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*4.856119e-06) q[2];
ry(pi*-8.047121e-06) q[3];
ry(pi*-0.000334300148) q[4];
ry(pi*0.003278762053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*2.426e-09) q[2];
ry(pi*5.4752e-08) q[3];
ry(pi*-0.002262091063) q[4];
ry(pi*0.006809987937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.4107384e-05) q[0];
ry(0) q[1];
ry(pi*-0.00077258874) q[2];
ry(pi*0.000252294652) q[3];
ry(pi*-0.002254273105) q[4];
ry(pi*0.002594410004) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
