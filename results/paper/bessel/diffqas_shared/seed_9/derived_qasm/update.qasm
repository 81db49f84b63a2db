// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.034744202326) q[0];
ry(pi*-0.026583134195) q[1];
ry(pi*-0.019148525459) q[2];
ry(pi*-0.087111976542) q[3];
ry(pi*0.001833409536) q[4];
ry(pi*-0.284903260199) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.136095418112) q[0];
ry(pi*-0.227065711598) q[1];
ry(pi*-0.007844345382) q[2];
ry(pi*0.479812023784) q[3];
ry(pi*-0.04565274251) q[4];
ry(pi*0.088731680013) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001722336994) q[0];
ry(pi*-0.384017444364) q[1];
ry(pi*0.014785748055) q[2];
ry(pi*0.296068437626) q[3];
ry(pi*-0.007232123865) q[4];
ry(pi*0.055737687574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028286417363) q[0];
ry(pi*0.016170303291) q[1];
ry(pi*0.013236107384) q[2];
ry(pi*0.057883666607) q[3];
ry(pi*-0.366029458166) q[4];
ry(pi*0.30794964655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.088165703976) q[0];
ry(pi*-0.015050287448) q[1];
ry(pi*0.112269953822) q[2];
ry(pi*0.044256153809) q[3];
ry(pi*-0.068838379343) q[4];
ry(pi*0.000774861245) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
