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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.280547743429) q[0];
ry(pi*0.035778200474) q[1];
ry(pi*0.133382979238) q[2];
ry(pi*0.046909720247) q[3];
ry(pi*-0.278176832986) q[4];
ry(pi*0.000337773643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16214326469) q[0];
ry(pi*-0.046367208756) q[1];
ry(pi*0.167654772005) q[2];
ry(pi*0.095710245556) q[3];
ry(pi*-0.053648370652) q[4];
ry(pi*-0.001071168948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.188735657586) q[0];
ry(pi*0.0505487312) q[1];
ry(pi*0.017052410364) q[2];
ry(pi*-0.005980111059) q[3];
ry(pi*0.174983925466) q[4];
ry(pi*0.000158856315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023512311975) q[0];
ry(pi*-0.078344399471) q[1];
ry(pi*-0.151813998068) q[2];
ry(pi*-0.010053381527) q[3];
ry(pi*-0.167100027835) q[4];
ry(pi*-0.00269974996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052453557123) q[0];
ry(pi*0.206267159475) q[1];
ry(pi*0.158074378706) q[2];
ry(pi*-0.101628547554) q[3];
ry(pi*0.139867930805) q[4];
ry(pi*0.008673659006) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
