// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.008659955346) q[0];
ry(pi*0.023561026876) q[1];
ry(pi*-0.014260245633) q[2];
ry(pi*0.003767492622) q[3];
ry(pi*-0.504648564772) q[4];
ry(pi*-0.042061343667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038698986206) q[0];
ry(pi*-0.189376898513) q[1];
ry(pi*-0.094073144076) q[2];
ry(pi*-0.098678010183) q[3];
ry(pi*-0.107963026258) q[4];
ry(pi*0.043364273399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.095170831367) q[0];
ry(pi*-0.008406006304) q[1];
ry(pi*-0.017123407572) q[2];
ry(pi*0.002932208511) q[3];
ry(pi*-0.230257345161) q[4];
ry(pi*0.001010546424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001716903229) q[0];
ry(pi*-0.298357423744) q[1];
ry(pi*-0.002827209175) q[2];
ry(pi*-0.380302504475) q[3];
ry(pi*-0.475666933759) q[4];
ry(pi*-0.254898334038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005637571736) q[0];
ry(pi*0.000736431797) q[1];
ry(pi*0.007454629729) q[2];
ry(pi*0.010106119836) q[3];
ry(pi*0.001563503524) q[4];
ry(pi*0.000200154669) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
