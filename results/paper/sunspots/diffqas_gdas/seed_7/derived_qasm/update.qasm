// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.139850893277) q[0];
ry(pi*0.017588981014) q[1];
ry(pi*0.010864219845) q[2];
ry(pi*-0.000338611816) q[3];
ry(pi*0.002674855047) q[4];
ry(pi*-0.017399542871) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.480634682124) q[0];
ry(pi*0.219396376771) q[1];
ry(pi*0.002536870403) q[2];
ry(pi*0.016393140584) q[3];
ry(pi*-0.002981255732) q[4];
ry(pi*0.45794665303) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008188316554) q[0];
ry(pi*-0.003494866096) q[1];
ry(pi*-0.00041513165) q[2];
ry(pi*0.001759944389) q[3];
ry(pi*0.002513919307) q[4];
ry(pi*0.009721285516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001423887669) q[0];
ry(pi*-0.203574433286) q[1];
ry(pi*0.413738253628) q[2];
ry(pi*-0.132754355189) q[3];
ry(pi*-0.003237957898) q[4];
ry(pi*-0.003491705947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000950514946) q[0];
ry(pi*-0.182501914686) q[1];
ry(pi*0.460632738758) q[2];
ry(pi*-0.001230863529) q[3];
ry(pi*0.522268479665) q[4];
ry(pi*0.002313068612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
