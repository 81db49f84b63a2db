// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.178175615947) q[0];
ry(pi*0.263057886721) q[1];
ry(pi*-0.104707264809) q[2];
ry(pi*0.056641402235) q[3];
ry(pi*-0.49754175294) q[4];
ry(pi*0.49776229216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.393883538784) q[0];
ry(pi*-0.077093763375) q[1];
ry(pi*0.287770345939) q[2];
ry(pi*-0.508519915993) q[3];
ry(pi*0.076082572841) q[4];
ry(pi*0.003082009026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.267360621307) q[0];
ry(pi*0.076253265909) q[1];
ry(pi*0.044437063701) q[2];
ry(pi*-0.084700407501) q[3];
ry(pi*0.079309870426) q[4];
ry(pi*0.002286948623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.267777794083) q[0];
ry(pi*0.085918448417) q[1];
ry(pi*0.336580528377) q[2];
ry(pi*-0.008185738039) q[3];
ry(pi*0.468211744334) q[4];
ry(pi*0.00093306817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.246743524543) q[0];
ry(pi*-0.338795786398) q[1];
ry(pi*0.047424910981) q[2];
ry(pi*0.41313256763) q[3];
ry(pi*0.525916407809) q[4];
ry(pi*-0.001418707516) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
