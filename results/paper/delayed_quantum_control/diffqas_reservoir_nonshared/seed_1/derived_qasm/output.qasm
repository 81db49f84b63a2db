// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.841574700721) q[0];
ry(pi*0.415220822078) q[1];
ry(pi*0.64174355261) q[2];
ry(pi*1.146894401904) q[3];
ry(pi*1.19397079774) q[4];
ry(pi*1.998629009016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.305102994459) q[0];
ry(pi*1.793634237892) q[1];
ry(pi*0.484613191425) q[2];
ry(pi*0.413030380411) q[3];
ry(pi*1.772023974704) q[4];
ry(pi*1.144009937127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.393873435164) q[0];
ry(pi*1.795047935268) q[1];
ry(pi*1.529959945571) q[2];
ry(pi*1.508892606531) q[3];
ry(pi*0.674822234651) q[4];
ry(pi*0.635779393481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.002347260281) q[0];
ry(pi*0.775870633526) q[1];
ry(pi*0.382701987876) q[2];
ry(pi*1.461286188016) q[3];
ry(pi*1.548353645006) q[4];
ry(pi*1.827871699472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.304435598968) q[0];
ry(pi*1.026778998724) q[1];
ry(pi*0.717819641514) q[2];
ry(pi*0.805070906484) q[3];
ry(pi*1.645506103978) q[4];
ry(pi*1.466652743538) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
