// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.000201583888) q[0];
ry(pi*0.000208265741) q[1];
ry(pi*0.496335579479) q[2];
ry(pi*-0.081420655012) q[3];
ry(pi*0.001352184764) q[4];
ry(pi*-0.000141318187) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.789168860058) q[0];
ry(pi*-5.226223e-06) q[1];
ry(pi*0.001090508477) q[2];
ry(pi*-0.006688016292) q[3];
ry(pi*-0.000223542324) q[4];
ry(pi*-7.9489717e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000708108894) q[0];
ry(pi*0.00018873754) q[1];
ry(pi*-0.012823976616) q[2];
ry(pi*0.000166608146) q[3];
ry(pi*0.013803922592) q[4];
ry(pi*-5.9574062e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.064806670458) q[0];
ry(pi*-0.000670768229) q[1];
ry(pi*-0.000354170729) q[2];
ry(pi*-0.00040076109) q[3];
ry(pi*3.0596923e-05) q[4];
ry(pi*-2.2329826e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00022746959) q[0];
ry(pi*8.936e-07) q[1];
ry(pi*0.548102152381) q[2];
ry(pi*-0.000870112369) q[3];
ry(pi*-0.012890368189) q[4];
ry(pi*0.003764737423) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
