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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.031145112406) q[0];
rx(pi*0.054859092831) q[1];
rx(pi*0.093993411104) q[2];
rx(pi*0.003375466444) q[3];
rx(pi*-0.000844234727) q[4];
rx(pi*-0.000772552647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.290361207446) q[0];
rx(pi*0.166078667908) q[1];
rx(pi*0.0985251847) q[2];
rx(pi*0.00797113314) q[3];
rx(pi*0.00369440604) q[4];
rx(pi*-0.001857271027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.074357527932) q[0];
rx(pi*0.052055527849) q[1];
rx(pi*0.093611926066) q[2];
rx(pi*-0.002546327132) q[3];
rx(pi*-0.003545489537) q[4];
rx(pi*0.001451958442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.212932456495) q[0];
rx(pi*0.174356174163) q[1];
rx(pi*0.102948253938) q[2];
rx(pi*0.002753907372) q[3];
rx(pi*-0.000712610549) q[4];
rx(pi*-0.000693507437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037214356841) q[0];
rx(pi*0.052829065746) q[1];
rx(pi*0.097914888325) q[2];
rx(pi*0.001546232543) q[3];
rx(pi*0.0041299809) q[4];
rx(pi*-0.001112872974) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
