// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.063383369021) q[0];
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
ry(pi*0.03557835578) q[0];
ry(pi*-0.053439812723) q[1];
ry(pi*-0.09824774621) q[2];
ry(pi*-0.182897553393) q[3];
ry(pi*-0.122561967454) q[4];
ry(pi*-0.094086007599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.201272640563) q[0];
ry(pi*0.173226460874) q[1];
ry(pi*-0.009965302917) q[2];
ry(pi*0.000415808221) q[3];
ry(pi*-0.003180739055) q[4];
ry(pi*0.059206707451) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.147660085715) q[0];
ry(pi*0.160550369712) q[1];
ry(pi*-0.091098814879) q[2];
ry(pi*0.358551805008) q[3];
ry(pi*-0.187912980274) q[4];
ry(pi*0.230428744964) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.136259001143) q[0];
ry(pi*-0.168051681886) q[1];
ry(pi*-0.128960270482) q[2];
ry(pi*0.104880400618) q[3];
ry(pi*0.090529243507) q[4];
ry(pi*-0.110908678147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.16611575963) q[0];
ry(pi*-0.140342657411) q[1];
ry(pi*0.151476207268) q[2];
ry(pi*0.077623363911) q[3];
ry(pi*0.124630300517) q[4];
ry(pi*-0.002106230385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
