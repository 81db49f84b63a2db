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
ry(pi*-0.077812199669) q[0];
ry(pi*-0.046984752721) q[1];
ry(pi*0.150345640205) q[2];
ry(pi*0.000484397965) q[3];
ry(pi*-0.002760772245) q[4];
ry(pi*0.001910841025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.146264725499) q[0];
ry(pi*0.119842024858) q[1];
ry(pi*-0.17703763054) q[2];
ry(pi*-0.066811278805) q[3];
ry(pi*-0.01696734605) q[4];
ry(pi*0.02196996514) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.181934439802) q[0];
ry(pi*0.04463009718) q[1];
ry(pi*0.172671413141) q[2];
ry(pi*0.041215728302) q[3];
ry(pi*0.009746287447) q[4];
ry(pi*-0.00206539955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.217013968843) q[0];
ry(pi*0.202245657928) q[1];
ry(pi*-0.444522219781) q[2];
ry(pi*0.046646530291) q[3];
ry(pi*0.508650865898) q[4];
ry(pi*-0.509483048557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.06165323378) q[0];
ry(pi*0.269406395773) q[1];
ry(pi*-0.047425413759) q[2];
ry(pi*-0.000948743958) q[3];
ry(pi*-0.003360563944) q[4];
ry(pi*-0.004641600903) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
