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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.082826326916) q[0];
ry(pi*0.055412224317) q[1];
ry(pi*-0.049824479759) q[2];
ry(pi*0.053820396556) q[3];
ry(pi*-0.021754422868) q[4];
ry(pi*-0.177554580997) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00738129413) q[0];
ry(pi*-0.274844307799) q[1];
ry(pi*0.021990123684) q[2];
ry(pi*0.494440695275) q[3];
ry(pi*-0.041712107557) q[4];
ry(pi*0.052604020499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028581360584) q[0];
ry(pi*-0.16901094401) q[1];
ry(pi*0.006935855517) q[2];
ry(pi*0.075831563389) q[3];
ry(pi*-0.001859483872) q[4];
ry(pi*-0.010295837827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01816153585) q[0];
ry(pi*-0.10463715102) q[1];
ry(pi*0.04400580366) q[2];
ry(pi*0.094061096381) q[3];
ry(pi*-0.448584057389) q[4];
ry(pi*0.248066987531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048177517193) q[0];
ry(pi*0.013000121977) q[1];
ry(pi*0.05758474148) q[2];
ry(pi*0.183280442414) q[3];
ry(pi*0.001857902019) q[4];
ry(pi*0.000774354169) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
