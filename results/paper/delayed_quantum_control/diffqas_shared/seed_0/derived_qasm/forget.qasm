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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000400076552) q[0];
rz(pi*-0.000420649792) q[1];
rz(pi*0.00203837791) q[2];
rz(pi*0.000333846618) q[3];
rz(pi*-0.001705163545) q[4];
rz(pi*0.001150924376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004150625324) q[0];
rz(pi*0.003014562094) q[1];
rz(pi*-0.00224024261) q[2];
rz(pi*-0.00402815861) q[3];
rz(pi*-0.001984113629) q[4];
rz(pi*0.000131450885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007400963533) q[0];
rz(pi*-0.000696612372) q[1];
rz(pi*-0.003965967129) q[2];
rz(pi*-0.002330972068) q[3];
rz(pi*-0.00173254789) q[4];
rz(pi*-0.001006666349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001310535877) q[0];
rz(pi*0.003318875481) q[1];
rz(pi*-0.000409083493) q[2];
rz(pi*0.004349616245) q[3];
rz(pi*-0.002117422083) q[4];
rz(pi*0.001118908754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002875820023) q[0];
rz(pi*0.000299122728) q[1];
rz(pi*-0.002366772012) q[2];
rz(pi*-0.002934033749) q[3];
rz(pi*-0.001457030094) q[4];
rz(pi*0.000700895025) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
