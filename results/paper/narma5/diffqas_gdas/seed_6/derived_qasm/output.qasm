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
ry(pi*-0.088829124045) q[0];
ry(pi*-0.079885579482) q[1];
ry(pi*0.065726677967) q[2];
ry(pi*-0.037779777924) q[3];
ry(pi*-0.032964131706) q[4];
ry(pi*0.000199086341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.079595998434) q[0];
ry(pi*-0.056415574363) q[1];
ry(pi*-0.016659378038) q[2];
ry(pi*-0.041621626523) q[3];
ry(pi*-0.006776518824) q[4];
ry(pi*-0.00519310607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115702787926) q[0];
ry(pi*-0.083438672347) q[1];
ry(pi*-0.064635797149) q[2];
ry(pi*-0.006308185441) q[3];
ry(pi*0.026606328379) q[4];
ry(pi*-0.005052146262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082309461837) q[0];
ry(pi*-0.066664515115) q[1];
ry(pi*-0.063255026977) q[2];
ry(pi*-0.03612876942) q[3];
ry(pi*-0.035368597824) q[4];
ry(pi*-0.00278198437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.155776579746) q[0];
ry(pi*-0.139122235416) q[1];
ry(pi*0.092224534404) q[2];
ry(pi*-0.046303664281) q[3];
ry(pi*0.061679961638) q[4];
ry(pi*-0.002758409545) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
