// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.043422054902) q[0];
rx(pi*0.094871166303) q[1];
rx(pi*-0.005369607763) q[2];
rx(pi*0.000954493294) q[3];
rx(pi*-0.005797639473) q[4];
rx(pi*0.000500770149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.187006063961) q[0];
rx(pi*0.095301895108) q[1];
rx(pi*0.001819606121) q[2];
rx(pi*-0.000194299224) q[3];
rx(pi*0.001390058074) q[4];
rx(pi*-0.002339956257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.043868976947) q[0];
rx(pi*0.100856641314) q[1];
rx(pi*0.005597785291) q[2];
rx(pi*0.002096189355) q[3];
rx(pi*0.001349695628) q[4];
rx(pi*-0.004394362285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.188747913981) q[0];
rx(pi*0.097372115959) q[1];
rx(pi*-0.000426725444) q[2];
rx(pi*0.000659432753) q[3];
rx(pi*0.002915366047) q[4];
rx(pi*0.001716484198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.043165163898) q[0];
rx(pi*0.099416420036) q[1];
rx(pi*0.004188405994) q[2];
rx(pi*-0.003000068101) q[3];
rx(pi*-2.9016175e-05) q[4];
rx(pi*0.004261392672) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
