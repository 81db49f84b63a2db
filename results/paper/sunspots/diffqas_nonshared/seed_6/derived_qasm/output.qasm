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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068378076768) q[0];
ry(pi*-0.337296863439) q[1];
ry(pi*-0.214031927224) q[2];
ry(pi*0.156292012383) q[3];
ry(pi*-0.050595949626) q[4];
ry(pi*0.02407331478) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.226250376739) q[0];
ry(pi*0.083291918144) q[1];
ry(pi*-0.014593575466) q[2];
ry(pi*-0.271633151279) q[3];
ry(pi*-0.128765989546) q[4];
ry(pi*-0.067346893702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080846349939) q[0];
ry(pi*-0.078648086757) q[1];
ry(pi*0.04327146346) q[2];
ry(pi*0.041654539497) q[3];
ry(pi*0.233948037879) q[4];
ry(pi*-0.176564184594) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.089841301162) q[0];
ry(pi*-0.268351947374) q[1];
ry(pi*0.120756236192) q[2];
ry(pi*-0.302434553387) q[3];
ry(pi*0.127866330309) q[4];
ry(pi*-0.250550482258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.197678424267) q[0];
ry(pi*-0.015640989718) q[1];
ry(pi*0.105422651233) q[2];
ry(pi*-0.090284049202) q[3];
ry(pi*0.027514065263) q[4];
ry(pi*-0.000509412347) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
