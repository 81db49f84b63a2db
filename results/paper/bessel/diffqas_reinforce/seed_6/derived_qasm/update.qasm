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
ry(pi*-0.126348159498) q[0];
ry(pi*-0.016922671158) q[1];
ry(pi*-0.026637296647) q[2];
ry(pi*-0.002035408527) q[3];
ry(pi*-0.022344432633) q[4];
ry(pi*-0.012928704997) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004741328187) q[0];
ry(pi*-0.039063341224) q[1];
ry(pi*0.481806476967) q[2];
ry(pi*-0.199149058859) q[3];
ry(pi*0.049548487942) q[4];
ry(pi*0.013950112356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044813577879) q[0];
ry(pi*-0.030040270017) q[1];
ry(pi*-0.00186580491) q[2];
ry(pi*-0.088537161917) q[3];
ry(pi*-0.12795734258) q[4];
ry(pi*0.031443288108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.084744310439) q[0];
ry(pi*0.519912899202) q[1];
ry(pi*-0.021574622881) q[2];
ry(pi*0.295332427824) q[3];
ry(pi*0.065227395882) q[4];
ry(pi*-0.440913109878) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00824398556) q[0];
ry(pi*-0.232623759063) q[1];
ry(pi*0.019621442539) q[2];
ry(pi*0.116951023969) q[3];
ry(pi*0.118348034814) q[4];
ry(pi*0.001175263447) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
