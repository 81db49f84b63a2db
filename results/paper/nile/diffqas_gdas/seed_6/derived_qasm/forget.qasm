// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.054975528583) q[0];
ry(pi*0.074047072118) q[1];
ry(pi*0.111539996327) q[2];
ry(pi*0.000233201323) q[3];
ry(pi*-0.066577406487) q[4];
ry(pi*-0.001484204702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.34882755085) q[0];
ry(pi*0.212100615345) q[1];
ry(pi*-8.9280016e-05) q[2];
ry(pi*-0.001495746951) q[3];
ry(pi*0.000977190407) q[4];
ry(pi*-0.000976497086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.261247431245) q[0];
ry(pi*0.002525462446) q[1];
ry(pi*-0.151481064291) q[2];
ry(pi*-0.089618665454) q[3];
ry(pi*0.04328767093) q[4];
ry(pi*0.002105183771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000253792647) q[0];
ry(pi*-4.7316004e-05) q[1];
ry(pi*0.263460260754) q[2];
ry(pi*-0.295121204224) q[3];
ry(pi*0.001925022561) q[4];
ry(pi*-0.010980912916) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.283047801365) q[0];
ry(pi*0.0028929619) q[1];
ry(pi*0.028124971138) q[2];
ry(pi*-0.107755862826) q[3];
ry(pi*-0.02159404386) q[4];
ry(pi*0.002677441566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
