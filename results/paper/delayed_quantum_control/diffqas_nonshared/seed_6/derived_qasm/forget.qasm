// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-1.079161e-06) q[0];
ry(pi*-4.2647619e-05) q[1];
ry(pi*0.000380795164) q[2];
ry(pi*1.0940469e-05) q[3];
ry(pi*-1.651e-09) q[4];
ry(pi*0.026656122356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006229392805) q[0];
ry(pi*-1.290979e-06) q[1];
ry(pi*-2.988511e-06) q[2];
ry(pi*1.83453e-06) q[3];
ry(pi*1.1113998e-05) q[4];
ry(pi*-0.967442337438) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.05207e-07) q[0];
ry(pi*-0.227751709237) q[1];
ry(pi*-8.8274637e-05) q[2];
ry(pi*8.1887806e-05) q[3];
ry(pi*-9.118238e-06) q[4];
ry(pi*3.538594e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500000621042) q[0];
ry(pi*-0.501242311487) q[1];
ry(pi*-0.443283830593) q[2];
ry(pi*-0.005856935238) q[3];
ry(pi*0.004005640923) q[4];
ry(pi*-0.266314160435) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500783246884) q[0];
ry(pi*0.483594278982) q[1];
ry(pi*0.002973001401) q[2];
ry(pi*-0.003442198044) q[3];
ry(pi*0.000748384702) q[4];
ry(pi*0.001319729359) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
