// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.097898989162) q[0];
ry(pi*0.227020954886) q[1];
ry(pi*-0.077253400074) q[2];
ry(pi*-0.062051471754) q[3];
ry(pi*-0.015293216881) q[4];
ry(pi*0.014658069764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.093866075508) q[0];
ry(pi*0.369037625258) q[1];
ry(pi*-0.425644563498) q[2];
ry(pi*-0.534069414894) q[3];
ry(pi*-0.524326946899) q[4];
ry(pi*-0.222442280658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070886919087) q[0];
ry(pi*-0.038303413903) q[1];
ry(pi*-0.094598357164) q[2];
ry(pi*0.299000827564) q[3];
ry(pi*-0.031767012987) q[4];
ry(pi*0.214296805754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005267284177) q[0];
ry(pi*0.098364077613) q[1];
ry(pi*-0.508516045553) q[2];
ry(pi*-0.014085574217) q[3];
ry(pi*0.507687126206) q[4];
ry(pi*0.497084623558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068571271515) q[0];
ry(pi*0.004836270781) q[1];
ry(pi*0.443896840071) q[2];
ry(pi*0.085386016198) q[3];
ry(pi*0.002705468168) q[4];
ry(pi*-0.002171778709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
