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
ry(pi*0.118154512787) q[0];
ry(pi*-0.111227391849) q[1];
ry(pi*-0.069917236182) q[2];
ry(pi*0.05341993877) q[3];
ry(pi*0.001903907968) q[4];
ry(pi*-0.226015190558) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017491236975) q[0];
ry(pi*0.245194380721) q[1];
ry(pi*-0.058873934943) q[2];
ry(pi*-0.430055917064) q[3];
ry(pi*-0.027238661601) q[4];
ry(pi*0.04994302623) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008816664313) q[0];
ry(pi*0.099749420218) q[1];
ry(pi*0.076655957735) q[2];
ry(pi*-0.053225700523) q[3];
ry(pi*-0.00715488581) q[4];
ry(pi*0.00836426448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050872875851) q[0];
ry(pi*-0.144253898835) q[1];
ry(pi*0.07078596984) q[2];
ry(pi*-0.087707815684) q[3];
ry(pi*-0.488283810975) q[4];
ry(pi*-0.072717874617) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028410548936) q[0];
ry(pi*-0.023346139164) q[1];
ry(pi*0.050138436045) q[2];
ry(pi*-0.065762934888) q[3];
ry(pi*-0.03368167628) q[4];
ry(pi*-0.003264817972) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
