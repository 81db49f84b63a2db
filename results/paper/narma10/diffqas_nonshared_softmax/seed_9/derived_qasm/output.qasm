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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.006579635064) q[0];
ry(pi*0.023652762483) q[1];
ry(pi*0.019992347899) q[2];
ry(pi*0.056802201015) q[3];
ry(pi*0.14202839553) q[4];
ry(pi*-0.004828532865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018607506886) q[0];
ry(pi*0.004885804475) q[1];
ry(pi*0.000959085069) q[2];
ry(pi*-0.01024375882) q[3];
ry(pi*-0.003175337751) q[4];
ry(pi*0.003279775909) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018441215496) q[0];
ry(pi*0.015687786) q[1];
ry(pi*-0.019041430227) q[2];
ry(pi*-0.014200126924) q[3];
ry(pi*-0.136779651285) q[4];
ry(pi*0.001789928593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012255409614) q[0];
ry(pi*-0.006084869086) q[1];
ry(pi*-0.001695277113) q[2];
ry(pi*-0.050689191195) q[3];
ry(pi*-0.015750214641) q[4];
ry(pi*-0.001660837573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066586442258) q[0];
ry(pi*0.018102953934) q[1];
ry(pi*0.020355213556) q[2];
ry(pi*0.091419615583) q[3];
ry(pi*0.019295144481) q[4];
ry(pi*-0.002119605135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
