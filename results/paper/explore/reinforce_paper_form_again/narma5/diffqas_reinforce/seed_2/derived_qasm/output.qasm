// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.030359911972) q[0];
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
ry(pi*0.002056905095) q[0];
ry(pi*0.033896931589) q[1];
ry(pi*0.028444047694) q[2];
ry(pi*-0.050199243701) q[3];
ry(pi*-0.005482847793) q[4];
ry(pi*0.000214308228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006076238857) q[0];
ry(pi*0.015680909565) q[1];
ry(pi*-0.000440395197) q[2];
ry(pi*0.01783317332) q[3];
ry(pi*0.001507648199) q[4];
ry(pi*-0.003427599404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001988569556) q[0];
ry(pi*0.036946468758) q[1];
ry(pi*0.021832275167) q[2];
ry(pi*0.000355887614) q[3];
ry(pi*0.000668442362) q[4];
ry(pi*0.001102079926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005267949409) q[0];
ry(pi*0.021336832691) q[1];
ry(pi*0.008295434316) q[2];
ry(pi*0.000454152588) q[3];
ry(pi*-0.003343306451) q[4];
ry(pi*-0.005021253885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018328172307) q[0];
ry(pi*0.031144654688) q[1];
ry(pi*0.036450414412) q[2];
ry(pi*-0.057308047671) q[3];
ry(pi*-0.082735722559) q[4];
ry(pi*0.008673662563) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
