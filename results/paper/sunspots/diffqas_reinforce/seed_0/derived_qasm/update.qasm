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
ry(pi*0.063692130625) q[0];
ry(pi*-0.029199817612) q[1];
ry(pi*0.361821796019) q[2];
ry(pi*0.100879389638) q[3];
ry(pi*0.007598376751) q[4];
ry(pi*0.006851321254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084727405721) q[0];
ry(pi*0.067415546589) q[1];
ry(pi*0.046547724964) q[2];
ry(pi*-0.028003168469) q[3];
ry(pi*-0.005042340316) q[4];
ry(pi*-0.032230391519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129545010566) q[0];
ry(pi*0.109402943972) q[1];
ry(pi*-0.098225073777) q[2];
ry(pi*0.269437605943) q[3];
ry(pi*0.007601702318) q[4];
ry(pi*-0.002600179498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.195679891943) q[0];
ry(pi*0.219258786404) q[1];
ry(pi*-0.484233167288) q[2];
ry(pi*0.026764105749) q[3];
ry(pi*0.498093404552) q[4];
ry(pi*-0.495907781964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09529435344) q[0];
ry(pi*0.384594785077) q[1];
ry(pi*-0.109397802357) q[2];
ry(pi*-0.009509016636) q[3];
ry(pi*-0.006941006025) q[4];
ry(pi*-0.001954090145) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
