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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.067806821565) q[0];
ry(pi*0.011840352299) q[1];
ry(pi*0.00169551946) q[2];
ry(pi*0.006756083989) q[3];
ry(pi*0.15393125236) q[4];
ry(pi*0.000389122977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.11237130624) q[0];
ry(pi*-0.295563136436) q[1];
ry(pi*-0.503333487738) q[2];
ry(pi*0.004268871196) q[3];
ry(pi*-0.00112199353) q[4];
ry(pi*5.1487127e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013382396756) q[0];
ry(pi*-0.00620515097) q[1];
ry(pi*-0.012779658649) q[2];
ry(pi*0.030137604956) q[3];
ry(pi*0.343062188172) q[4];
ry(pi*0.184529835796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015799363544) q[0];
ry(pi*-0.232394606216) q[1];
ry(pi*0.064912804009) q[2];
ry(pi*0.061095705359) q[3];
ry(pi*-0.061716787742) q[4];
ry(pi*-0.0832553292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001690215539) q[0];
ry(pi*-0.010282718172) q[1];
ry(pi*0.022897763333) q[2];
ry(pi*0.029361961085) q[3];
ry(pi*-0.011631622429) q[4];
ry(pi*0.001340157376) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
