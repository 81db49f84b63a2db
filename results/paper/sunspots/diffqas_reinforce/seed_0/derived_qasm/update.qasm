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
ry(pi*0.063692206516) q[0];
ry(pi*-0.029199869787) q[1];
ry(pi*0.361822820547) q[2];
ry(pi*0.100878820456) q[3];
ry(pi*0.007594578644) q[4];
ry(pi*0.006707214934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084727339316) q[0];
ry(pi*0.067415451726) q[1];
ry(pi*0.04654743563) q[2];
ry(pi*-0.028004216713) q[3];
ry(pi*-0.005039019492) q[4];
ry(pi*-0.032230927499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129545333103) q[0];
ry(pi*0.109402934486) q[1];
ry(pi*-0.098224580485) q[2];
ry(pi*0.269437283406) q[3];
ry(pi*0.007596352596) q[4];
ry(pi*-0.00255026457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.19568008167) q[0];
ry(pi*0.219258653595) q[1];
ry(pi*-0.484233281125) q[2];
ry(pi*0.026764103377) q[3];
ry(pi*0.498098375412) q[4];
ry(pi*-0.496057970234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095294154227) q[0];
ry(pi*0.384594709186) q[1];
ry(pi*-0.109397802357) q[2];
ry(pi*-0.009473480086) q[3];
ry(pi*-0.006795293544) q[4];
ry(pi*-0.001953647991) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
