// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-0.038755871246) q[0];
ry(pi*-0.026311389902) q[1];
ry(pi*0.022510290022) q[2];
ry(pi*0.001941935728) q[3];
ry(pi*-0.121123823693) q[4];
ry(pi*0.000919008475) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00818448228) q[0];
ry(pi*0.031478902327) q[1];
ry(pi*-0.09351870347) q[2];
ry(pi*0.010192512243) q[3];
ry(pi*-0.001236620053) q[4];
ry(pi*0.000736005429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002174978581) q[0];
ry(pi*-0.002445487423) q[1];
ry(pi*0.002600142145) q[2];
ry(pi*0.014843678969) q[3];
ry(pi*0.006238067501) q[4];
ry(pi*0.008278204097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003964147227) q[0];
ry(pi*-0.030926370854) q[1];
ry(pi*-0.000757252238) q[2];
ry(pi*0.000350720431) q[3];
ry(pi*0.001253216093) q[4];
ry(pi*0.004041762663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009186698112) q[0];
ry(pi*0.001355225295) q[1];
ry(pi*-0.010197346736) q[2];
ry(pi*-0.001892283603) q[3];
ry(pi*0.020009447088) q[4];
ry(pi*0.001222177493) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
