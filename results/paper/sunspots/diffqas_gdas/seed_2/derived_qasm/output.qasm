// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.277583270574) q[0];
ry(pi*-0.095869256155) q[1];
ry(pi*0.101585346607) q[2];
ry(pi*-0.04818584623) q[3];
ry(pi*-0.013182727559) q[4];
ry(pi*-3.8339e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.191934747439) q[0];
ry(pi*-0.274786365027) q[1];
ry(pi*-0.102575724037) q[2];
ry(pi*0.184091223814) q[3];
ry(pi*0.00076660143) q[4];
ry(pi*1.2477e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063076061791) q[0];
ry(pi*-0.078965866051) q[1];
ry(pi*-0.235507426985) q[2];
ry(pi*-0.238371970377) q[3];
ry(pi*-0.053567162549) q[4];
ry(pi*-1.811e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003899089379) q[0];
ry(pi*-0.166717575187) q[1];
ry(pi*-0.032303925146) q[2];
ry(pi*-0.309518939431) q[3];
ry(pi*-0.221269575123) q[4];
ry(pi*-8.6554e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000886961206) q[0];
ry(pi*0.02571745515) q[1];
ry(pi*0.065194217289) q[2];
ry(pi*-0.074349682701) q[3];
ry(pi*-0.247550435502) q[4];
ry(pi*0.008673920474) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
