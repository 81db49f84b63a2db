// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004185496642) q[0];
rz(pi*0.000998105489) q[1];
rz(pi*-0.000487274003) q[2];
rz(pi*0.000140320367) q[3];
rz(pi*-0.001062997919) q[4];
rz(pi*0.005844646827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004020675343) q[0];
rz(pi*-0.000808983362) q[1];
rz(pi*0.002630508324) q[2];
rz(pi*0.001923794669) q[3];
rz(pi*0.005449563665) q[4];
rz(pi*0.00254808389) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002381410969) q[0];
rz(pi*0.003242227655) q[1];
rz(pi*0.003712113543) q[2];
rz(pi*0.00058007012) q[3];
rz(pi*0.000199275753) q[4];
rz(pi*0.001486228116) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002239735682) q[0];
rz(pi*-0.001963523306) q[1];
rz(pi*-0.004688092732) q[2];
rz(pi*-0.003378663056) q[3];
rz(pi*7.032234e-06) q[4];
rz(pi*0.002324645546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00297763757) q[0];
rz(pi*-0.000561990277) q[1];
rz(pi*-0.00015335218) q[2];
rz(pi*-0.001981133721) q[3];
rz(pi*0.003957521291) q[4];
rz(pi*0.000905191868) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
