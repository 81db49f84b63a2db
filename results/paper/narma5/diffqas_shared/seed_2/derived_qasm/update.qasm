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
rx(pi*0.070859005432) q[0];
rx(pi*0.083615071469) q[1];
rx(pi*-0.000542616174) q[2];
rx(pi*-0.000335550793) q[3];
rx(pi*0.002068813014) q[4];
rx(pi*-0.003394240274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.146202030054) q[0];
rx(pi*0.076509440691) q[1];
rx(pi*0.00384187943) q[2];
rx(pi*0.000234816416) q[3];
rx(pi*0.004806956107) q[4];
rx(pi*-2.8485475e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.066283371587) q[0];
rx(pi*0.085762539862) q[1];
rx(pi*-0.000217589661) q[2];
rx(pi*-0.00399193667) q[3];
rx(pi*-0.002817269531) q[4];
rx(pi*0.005623945153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152222965131) q[0];
rx(pi*0.0855818529) q[1];
rx(pi*-0.000854126421) q[2];
rx(pi*-0.002195455512) q[3];
rx(pi*0.002838218409) q[4];
rx(pi*-0.000332961865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.066379459067) q[0];
rx(pi*0.083814218915) q[1];
rx(pi*-0.002856354873) q[2];
rx(pi*0.000604968739) q[3];
rx(pi*0.00359438379) q[4];
rx(pi*-0.002661336964) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
