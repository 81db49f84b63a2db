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
ry(pi*-0.003991815719) q[0];
ry(pi*-0.000376091108) q[1];
ry(pi*0.360625336604) q[2];
ry(pi*0.091263707029) q[3];
ry(pi*-0.007235067606) q[4];
ry(pi*0.0012318072) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.337810455719) q[0];
ry(pi*-0.011517878435) q[1];
ry(pi*-0.174316274475) q[2];
ry(pi*0.100432002761) q[3];
ry(pi*-2.5320329e-05) q[4];
ry(pi*0.000441305778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006684610684) q[0];
ry(pi*0.003503454525) q[1];
ry(pi*0.00406512938) q[2];
ry(pi*-0.000801436358) q[3];
ry(pi*0.022159142407) q[4];
ry(pi*0.006298879901) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.209323801938) q[0];
ry(pi*0.014751579323) q[1];
ry(pi*-0.004185780937) q[2];
ry(pi*-0.002087354724) q[3];
ry(pi*-0.008292708762) q[4];
ry(pi*0.001633968605) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012877988471) q[0];
ry(pi*-0.004779862431) q[1];
ry(pi*0.39427813399) q[2];
ry(pi*0.003493927834) q[3];
ry(pi*-0.206410555502) q[4];
ry(pi*0.003764757285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
