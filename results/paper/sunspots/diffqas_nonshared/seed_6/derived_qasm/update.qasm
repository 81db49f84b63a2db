// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.088355725531) q[0];
ry(pi*-0.085080251396) q[1];
ry(pi*0.022870316882) q[2];
ry(pi*0.042278676492) q[3];
ry(pi*-0.309139863932) q[4];
ry(pi*-0.100229753271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01901727199) q[0];
ry(pi*-0.194840879094) q[1];
ry(pi*-0.147408535539) q[2];
ry(pi*-0.272629732797) q[3];
ry(pi*-0.279071644685) q[4];
ry(pi*0.017176640359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.161792249885) q[0];
ry(pi*0.020753477618) q[1];
ry(pi*-0.11705519384) q[2];
ry(pi*0.186283885293) q[3];
ry(pi*-0.251654810011) q[4];
ry(pi*-0.435726529841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08168486001) q[0];
ry(pi*-0.166443969192) q[1];
ry(pi*-0.025788216384) q[2];
ry(pi*0.033151096276) q[3];
ry(pi*-0.024375424956) q[4];
ry(pi*-0.009223207014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017020250371) q[0];
ry(pi*0.128436347541) q[1];
ry(pi*0.023347213496) q[2];
ry(pi*0.096876244225) q[3];
ry(pi*-0.053781056563) q[4];
ry(pi*-0.001971090023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
